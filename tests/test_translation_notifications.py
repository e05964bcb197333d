"""Translators are told what waits for them: by mail, on the dashboard, in the page listing and in the editors."""

import pytest
from django.contrib.messages import constants
from django.core import mail
from django.urls import reverse

from editorial import notifications
from tests.translation_support import (
    arabic_page,
    fill_segments_through_editor,
    live_arabic,
    placeholder_arabic,
    submit_for_review,
    translate_through_admin,
    translation_of,
)

pytestmark = pytest.mark.django_db


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_translation_request_mails_who_edits_the_target_language_but_not_the_requester(
    client, team, french_article, locales
):
    response = translate_through_admin(client, team["communication"], french_article, locales["ar"])
    assert response.status_code == 302

    # Translators and moderators edit the Arabic tree; the French-only team and the requester get nothing.
    assert recipients() == ["moderator@example.org", "second_translator@example.org", "translator@example.org"]
    message = next(message for message in mail.outbox if message.to == ["translator@example.org"])
    assert "Traduction demandée en العربية" in message.subject
    assert "Bilan annuel" in message.body
    assert f"/admin/pages/{arabic_page(french_article, locales).pk}/edit/" in message.body


def test_request_mail_is_written_in_the_recipients_admin_language(client, team, french_article, locales):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(team["translator"])
    profile.preferred_language = "ar"
    profile.save()
    translate_through_admin(client, team["communication"], french_article, locales["ar"])
    arabic_mail = next(message for message in mail.outbox if message.to == ["translator@example.org"])
    french_mail = next(message for message in mail.outbox if message.to == ["second_translator@example.org"])
    assert arabic_mail.subject != french_mail.subject
    assert "Bonjour" not in arabic_mail.body and "Bonjour" in french_mail.body
    assert arabic_mail.extra_headers["Content-Language"] == "ar"


def test_launching_a_translation_shows_the_success_without_a_permission_error(client, team, french_article, locales):
    response = translate_through_admin(client, team["communication"], french_article, locales["ar"])
    followed = client.get(response.url)
    assert followed.status_code == 200
    shown = [(message.level, str(message)) for message in followed.context["messages"]]
    assert any(level == constants.SUCCESS for level, _text in shown), shown
    assert not any(level == constants.ERROR for level, _text in shown), shown
    assert "autorisations" not in followed.content.decode()


def test_translator_launching_a_translation_still_lands_in_its_editor(client, team, french_article, locales):
    response = translate_through_admin(client, team["translator"], french_article, locales["ar"])
    assert response.url == reverse("wagtailadmin_pages:edit", args=[arabic_page(french_article, locales).pk])
    # The translator acted: the other translator and the moderator are told, not them.
    assert "translator@example.org" not in recipients()


def test_republished_source_tells_the_target_editors_and_marks_the_translation_outdated(
    client, team, french_article, locales
):
    arabic = live_arabic(client, team, french_article, locales)
    french_article.summary = "Le bilan de l’année, revu."
    french_article.save_revision(user=team["communication"]).publish()

    assert recipients() == ["moderator@example.org", "second_translator@example.org", "translator@example.org"]
    assert "périmée" in mail.outbox[0].subject

    # A further correction of the source: the translation was already reported outdated, no new mails.
    mail.outbox.clear()
    french_article.summary = "Le bilan de l’année, revu une seconde fois."
    french_article.save_revision(user=team["communication"]).publish()
    assert mail.outbox == []

    client.force_login(team["translator"])
    listing = client.get(reverse("wagtailadmin_explore", args=[arabic.get_parent().pk])).content.decode()
    assert "translation-outdated" in listing and "Périmée" in listing
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    assert "Traduction périmée" in editor.content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-kind="source_changed"' in dashboard and "translation-work" in dashboard


def test_publishing_a_translation_mails_nobody_about_an_outdated_source(client, team, french_article, locales):
    arabic = live_arabic(client, team, french_article, locales)
    arabic.save_revision(user=team["moderator"]).publish()
    assert mail.outbox == []
    client.force_login(team["translator"])
    listing = client.get(reverse("wagtailadmin_explore", args=[arabic.get_parent().pk])).content.decode()
    assert "translation-outdated" not in listing


def test_changes_requested_mail_carries_the_comment_and_the_editor_shows_it(client, team, french_article, locales):
    translate_through_admin(client, team["communication"], french_article, locales["ar"])
    arabic = arabic_page(french_article, locales)
    fill_segments_through_editor(
        client, team["translator"], translation_of(french_article, locales["ar"]), placeholder_arabic
    )
    submit_for_review(client, team["translator"], arabic)
    mail.outbox.clear()
    task_state = arabic.current_workflow_state.current_task_state

    client.force_login(team["moderator"])
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[arabic.pk, "reject", task_state.pk]),
        {"comment": "Le titre est à revoir."},
    )

    ours = [message for message in mail.outbox if "Modifications demandées" in message.subject]
    # The submitter has Wagtail's own rejection mail; the moderator who rejected gets nothing.
    assert sorted(address for message in ours for address in message.to) == ["second_translator@example.org"]
    assert "Le titre est à revoir." in ours[0].body

    client.force_login(team["translator"])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk])).content.decode()
    assert "js-translation-editor" in editor  # wagtail-localize's translation editor
    assert "Le titre est à revoir." in editor
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-kind="changes_requested"' in dashboard and "Le titre est à revoir." in dashboard

    # Resubmitted, the comment no longer shows.
    submit_for_review(client, team["translator"], arabic)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk])).content.decode()
    assert "Le titre est à revoir." not in editor


def test_dashboard_lists_requested_translations_only_to_who_may_do_them(client, team, french_article, locales):
    translate_through_admin(client, team["communication"], french_article, locales["ar"])
    client.force_login(team["translator"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-kind="requested"' in dashboard
    assert "Bilan annuel" in dashboard

    client.force_login(team["second_communication"])
    assert "translation-work" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_recipients_follow_page_permissions_of_the_target_language_whatever_the_source(site_tree, team, locales):
    # An Arabic original translated into French: the French tree's editors are told.
    french = {user.username for user in notifications.editors_of_locale(locales["fr"].pk)}
    arabic = {user.username for user in notifications.editors_of_locale(locales["ar"].pk)}
    assert french == {"communication", "redacteur", "moderateur"}
    assert arabic == {"traducteur", "traductrice", "moderateur"}


def test_notification_task_ignores_an_unknown_kind_and_missing_pages(team):
    assert notifications.send_notifications.call("unknown", [1]) == 0
    assert notifications.send_notifications.call(notifications.REQUESTED, [999999]) == 0
    assert mail.outbox == []


def test_translation_form_calls_its_checkboxes_languages(client, team, french_article):
    client.force_login(team["communication"])
    form = client.get(reverse("wagtail_localize:submit_page_translation", args=[french_article.pk])).content.decode()
    assert "Langues" in form
    assert "Régions" not in form


@pytest.mark.parametrize("count", [2, 12])
def test_dashboard_work_takes_the_same_few_queries_whatever_the_number_of_pages(
    site_tree, team, locales, count, django_assert_max_num_queries
):
    from wagtail_localize.operations import translate_object

    from tests.factories import standard_page

    for number in range(count):
        page = standard_page(site_tree["fr"], f"Page {number}", slug=f"page-{number}")
        translate_object(page, [locales["ar"]])
    translator = team["translator"]
    notifications.editable_locale_ids(translator)  # the user's permissions, cached as in a request
    with django_assert_max_num_queries(6):
        work = notifications.pending_work(translator, limit=50)
    assert len(work[notifications.REQUESTED]) == count


def test_an_arabic_original_republished_tells_the_french_editors(
    site_tree, team, locales, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation, TranslationSource

    from home.models import StandardPage
    from tests.factories import standard_page

    original = standard_page(site_tree["ar"], "بلاغ", slug="balagh", summary="نص أصلي.")
    source, _created = TranslationSource.get_or_create_from_instance(original)
    translation = Translation.objects.create(source=source, target_locale=locales["fr"])
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)
    french = StandardPage.objects.get(translation_key=original.translation_key, locale=locales["fr"])
    assert french.live
    assert notifications.source_page_of(french).pk == original.pk
    mail.outbox.clear()

    original.summary = "نص أصلي معدل."
    original.save_revision(user=team["translator"]).publish()

    assert recipients() == [
        "communication@example.org",
        "moderator@example.org",
        "second_communication@example.org",
    ]
    assert "Français" in mail.outbox[0].subject
