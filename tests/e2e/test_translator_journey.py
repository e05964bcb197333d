"""A translator writes the Arabic version of a live French article; a moderator publishes it; readers see it."""

import datetime

import pytest

from tests.e2e.admin_steps import approve_from_dashboard, log_in, translate_segment

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def arabic_translation_started(reader_site):
    """A live French article and its Arabic translation, started but not translated yet (a draft)."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    from editorial import roles
    from tests.factories import article, make_user, news_index, translate_page

    ar = Locale.objects.get(language_code="ar")
    index = news_index(reader_site["fr_home"])
    translate_page(index, ar, title="الأخبار")
    french = article(
        index,
        "Rapport sur la liberté de la presse",
        date=datetime.date(2026, 5, 3),
        summary="Le Conseil présente ses recommandations.",
        body=[("paragraph", "<p>Le rapport analyse cent plaintes de journalistes.</p>")],
    )
    source, _created = TranslationSource.get_or_create_from_instance(french)
    translation = Translation.objects.create(source=source, target_locale=ar)
    translation.save_target(publish=False)
    arabic = french.get_translation(ar)
    assert not arabic.live
    return {
        "french": french,
        "arabic": arabic,
        "translator": make_user("traducteur", roles.TRANSLATORS, first_name="Amina"),
        "moderator": make_user("moderateur", roles.MODERATORS, first_name="Karim"),
    }


def test_translator_translates_submits_for_review_and_a_moderator_publishes(open_tab, arabic_translation_started):
    arabic = arabic_translation_started["arabic"]
    tab = open_tab()
    log_in(tab, "traducteur")
    tab.goto(f"/admin/pages/{arabic.pk}/edit/")
    translate_segment(tab, "Rapport sur la liberté de la presse", "تقرير حول حرية الصحافة", direction="rtl")
    translate_segment(tab, "Le Conseil présente ses recommandations.", "يقدم المجلس توصياته.", direction="rtl")
    translate_segment(
        tab, "Le rapport analyse cent plaintes de journalistes.", "يحلل التقرير مائة شكاية من صحافيين.", direction="rtl"
    )

    tab.get_by_role("link", name="Soumettre pour relecture").click()
    tab.wait_for_url("**/submit-for-review/")  # the page loaded, not the editor still unloading
    assert "3 segments traduits sur 3" in tab.locator("main").inner_text()
    tab.get_by_role("button", name="Soumettre pour relecture").click()
    tab.get_by_text("a été soumise pour relecture").wait_for()
    arabic.refresh_from_db()
    assert not arabic.live and arabic.workflow_in_progress

    moderator = open_tab()
    log_in(moderator, "moderateur")
    approve_from_dashboard(moderator, "تقرير حول حرية الصحافة")
    arabic.refresh_from_db()
    assert arabic.live and not arabic.workflow_in_progress

    reader = open_tab()
    reader.goto(arabic.get_url())
    assert reader.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert reader.get_by_role("heading", level=1).inner_text() == "تقرير حول حرية الصحافة"
    main = reader.locator("main").inner_text()
    assert "يقدم المجلس توصياته." in main and "يحلل التقرير مائة شكاية من صحافيين." in main
    assert "Le rapport analyse" not in main


def test_translator_is_told_of_the_request_sees_the_outdated_banner_and_synchronises(open_tab, reader_site):
    from urllib.parse import urlsplit

    from django.core import mail
    from wagtail.models import Locale
    from wagtail.users.models import UserProfile
    from wagtail_localize.models import Translation

    from editorial import roles
    from tests.factories import article, make_user, news_index, translate_page

    ar = Locale.objects.get(language_code="ar")
    index = news_index(reader_site["fr_home"])
    translate_page(index, ar, title="الأخبار")
    french = article(
        index,
        "Rapport sur la liberté de la presse",
        date=datetime.date(2026, 5, 3),
        summary="Le Conseil présente ses recommandations.",
        body=[("paragraph", "<p>Le rapport analyse cent plaintes de journalistes.</p>")],
    )
    make_user("communication", roles.COMMUNICATION, email="communication@example.org")
    translator = make_user("traducteur", roles.TRANSLATORS, email="traducteur@example.org")
    mail.outbox.clear()

    # The communication team asks for the Arabic translation: one green message, no red one.
    communication = open_tab()
    log_in(communication, "communication")
    communication.goto(f"/admin/localize/submit/page/{french.pk}/")
    assert "Langues" in communication.locator("main").inner_text()
    communication.get_by_label("العربية").check()
    communication.get_by_role("button", name="Soumettre").click()
    communication.locator(".messages li.success").wait_for()
    assert communication.locator(".messages li.error").count() == 0

    # The translator gets the request by mail and follows its link into the translation editor.
    request_mail = next(message for message in mail.outbox if message.to == ["traducteur@example.org"])
    assert "Traduction demandée" in request_mail.subject
    editor_url = next(line.split(" : ")[-1] for line in request_mail.body.splitlines() if "/admin/pages/" in line)
    tab = open_tab()
    log_in(tab, "traducteur")
    assert "Rapport sur la liberté de la presse" in tab.get_by_role("region", name="Traductions à faire").inner_text()
    tab.goto(urlsplit(editor_url).path)
    translate_segment(tab, "Rapport sur la liberté de la presse", "تقرير حول حرية الصحافة", direction="rtl")
    translate_segment(tab, "Le Conseil présente ses recommandations.", "يقدم المجلس توصياته.", direction="rtl")
    translate_segment(
        tab, "Le rapport analyse cent plaintes de journalistes.", "يحلل التقرير مائة شكاية من صحافيين.", direction="rtl"
    )

    # Saved Arabic reads right-to-left and upright; the French source left-to-right.
    saved = tab.locator("li > p + div", has_text="يقدم المجلس توصياته.")
    assert saved.get_attribute("dir") == "rtl" and saved.get_attribute("lang") == "ar"
    assert saved.evaluate("element => getComputedStyle(element.querySelector('p') || element).fontStyle") == "normal"
    source = tab.locator("li > p", has_text="Le Conseil présente ses recommandations.").last
    assert source.get_attribute("dir") == "ltr"
    assert "to العربية translation" not in tab.locator("main").inner_text()

    # With the admin in Arabic, the French source still reads left-to-right, and the labels are Arabic.
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "ar"
    profile.save()
    tab.reload()
    source = tab.locator("li > p", has_text="Le Conseil présente ses recommandations.").last
    source.wait_for()
    assert source.get_attribute("dir") == "ltr" and source.get_attribute("lang") == "fr"
    assert "ترجمة من Français إلى العربية" in tab.locator("main").inner_text()
    profile.preferred_language = "fr"
    profile.save()

    # The Arabic page goes live (the moderators' part), then the French page is republished.
    translation = Translation.objects.get(source__object_id=french.translation_key, target_locale=ar)
    translation.save_target(publish=True)
    arabic = french.get_translation(ar)
    assert arabic.live
    live_revision = arabic.live_revision_id
    mail.outbox.clear()
    french.summary = "Le Conseil présente ses nouvelles recommandations."
    french.save_revision().publish()
    assert any("périmée" in message.subject for message in mail.outbox if message.to == ["traducteur@example.org"])

    # The editor says the translation is outdated; the translator synchronises from there, without publishing.
    tab.goto(f"/admin/pages/{arabic.pk}/edit/")
    banner = tab.locator(".messages li", has_text="Traduction périmée")
    banner.get_by_role("link", name="Synchroniser depuis la source").click()
    tab.get_by_role("button", name="Synchroniser depuis la source").click()
    tab.locator(".messages li.success", has_text="synchronisée").wait_for()
    tab.locator("li > p", has_text="Le Conseil présente ses nouvelles recommandations.").wait_for()
    arabic.refresh_from_db()
    assert arabic.live and arabic.live_revision_id == live_revision
