"""The Arabic-first path: a statement written in Arabic is translated into French by the communication team, a
moderator publishes it, and French readers see it at a French address."""

import datetime

import pytest

from tests.e2e.admin_steps import approve_from_dashboard, log_in, translate_segment

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def french_translation_started(reader_site):
    """A live Arabic original in the Arabic news listing and its French translation, started (a draft)."""
    from wagtail.models import Locale, Page
    from wagtail_localize.operations import translate_object

    from editorial import roles
    from tests.factories import article, make_user, news_index, translate_page

    fr, ar = Locale.objects.get(language_code="fr"), Locale.objects.get(language_code="ar")
    index = news_index(reader_site["fr_home"])
    arabic_index = translate_page(index, ar, title="الأخبار")
    original = article(
        arabic_index,
        "بيان حول حرية الصحافة",
        slug="بيان-حول-حرية-الصحافة",
        date=datetime.date(2026, 5, 3),
        summary="يدعو المجلس إلى حماية الصحفيين.",
        body=[("paragraph", "<p>تلقى المجلس مائة شكاية من صحافيين.</p>")],
    )
    translate_object(original, [fr])
    french = Page.objects.get(translation_key=original.translation_key, locale=fr)
    assert not french.live
    return {
        "arabic": original,
        "french": french,
        "communication": make_user("redactrice", roles.COMMUNICATION, first_name="Salma"),
        "moderator": make_user("moderateur", roles.MODERATORS, first_name="Karim"),
    }


def test_communication_translates_an_arabic_original_and_a_moderator_publishes_it(open_tab, french_translation_started):
    french = french_translation_started["french"]
    tab = open_tab()
    log_in(tab, "redactrice")
    tab.goto(f"/admin/pages/{french.pk}/edit/")
    translate_segment(
        tab, "بيان حول حرية الصحافة", "Déclaration sur la liberté de la presse", direction="ltr", language="fr"
    )
    translate_segment(
        tab,
        "يدعو المجلس إلى حماية الصحفيين.",
        "Le Conseil appelle à protéger les journalistes.",
        direction="ltr",
        language="fr",
    )
    translate_segment(
        tab,
        "تلقى المجلس مائة شكاية من صحافيين.",
        "Le Conseil a reçu cent plaintes de journalistes.",
        direction="ltr",
        language="fr",
    )

    tab.get_by_role("link", name="Soumettre pour relecture").click()
    assert "3 segments traduits sur 3" in tab.locator("main").inner_text()
    tab.get_by_role("button", name="Soumettre pour relecture").click()
    tab.get_by_text("a été soumise pour relecture").wait_for()
    french.refresh_from_db()
    assert not french.live and french.workflow_in_progress

    moderator = open_tab()
    log_in(moderator, "moderateur")
    approve_from_dashboard(moderator, "Déclaration sur la liberté de la presse")
    french.refresh_from_db()
    assert french.live and not french.workflow_in_progress

    reader = open_tab()
    reader.goto("/fr/actualites/declaration-sur-la-liberte-de-la-presse/")
    assert reader.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["fr", "ltr"]
    assert reader.get_by_role("heading", level=1).inner_text() == "Déclaration sur la liberté de la presse"
    main = reader.locator("main").inner_text()
    assert "Le Conseil a reçu cent plaintes de journalistes." in main
    assert "مائة شكاية" not in main
    # Announced as the translation of the Arabic original, which stays where it was.
    assert "/ar/actualites/" in reader.locator('link[rel=alternate][hreflang="ar"]').get_attribute("href")
    reader.goto(french_translation_started["arabic"].get_url())
    assert reader.get_by_role("heading", level=1).inner_text() == "بيان حول حرية الصحافة"
