"""The full cycle: translate → fill segments → submit for review → approve → live, then French change → sync."""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from editorial.status import AWAITING_REVIEW, IN_PROGRESS, LIVE_CURRENT, LIVE_OUTDATED, translation_statuses
from news.models import ArticlePage
from tests.translation_support import (
    approve_through_admin,
    fill_segments_through_editor,
    translate_through_admin,
    translation_of,
)

pytestmark = pytest.mark.django_db

ARABIC = {
    "Bilan annuel": "الحصيلة السنوية",
    "Le bilan de l’année.": "حصيلة السنة.",
    "Année": "السنة",
    "Plaintes": "الشكايات",
    "Plaintes reçues": "الشكايات المتلقاة",
    "Le <b>Conseil</b> publie son bilan.": "ينشر <b>المجلس</b> حصيلته.",
    "Le bilan de l’année, revu.": "حصيلة السنة، بعد المراجعة.",
}


def arabic_for(segment):
    return ARABIC.get(segment.string.data, "نص عربي")


def status_of(page):
    return next(status for status in translation_statuses() if status.page_id == page.pk)


def test_article_goes_from_french_to_reviewed_arabic_and_back_through_sync(
    client, role_users, french_article, locales, local_embeds, capsys
):
    communication, translator, moderator = (role_users[k] for k in ("communication", "translator", "moderator"))

    # 1. Communication starts the translation: an Arabic draft, nothing French served under /ar/.
    response = translate_through_admin(client, communication, french_article, locales["ar"])
    assert response.status_code == 302
    arabic = ArticlePage.objects.get(translation_key=french_article.translation_key, locale=locales["ar"])
    assert not arabic.live
    assert arabic.slug == "bilan-annuel"
    assert [theme.name for theme in arabic.themes.all()] == ["حقوق النساء"]
    arabic_index = Page.objects.get(translation_key=french_article.get_parent().translation_key, locale=locales["ar"])
    assert arabic_index.alias_of_id is not None
    client.logout()
    assert client.get("/ar/actualites/").status_code == 404
    assert client.get("/ar/actualites/bilan-annuel/").status_code == 404
    assert status_of(french_article).state == IN_PROGRESS
    assert status_of(french_article).percent_translated == 0

    # 2. The translator fills every segment, table cells and caption included, in the editor.
    translation = translation_of(french_article, locales["ar"])
    fill_segments_through_editor(client, translator, translation, arabic_for)
    assert status_of(french_article).percent_translated == 100

    # 3. Submit for review: a draft revision and a running workflow, still offline.
    review_url = reverse("translation_submit_for_review", args=[arabic.pk])
    review_page = client.get(review_url).content.decode()
    assert "Soumettre pour relecture" in review_page
    # The title, of either script, is isolated from the sentence and its figures.
    assert re.search(r"Traduction de « <bdi>[^<]+</bdi> » : \d+ segments traduits sur \d+\.", review_page)
    response = client.post(review_url, follow=True)
    assert "a été soumise pour relecture" in response.content.decode(), [str(m) for m in response.context["messages"]]
    arabic.refresh_from_db()
    assert arabic.workflow_in_progress
    assert not arabic.live
    assert status_of(french_article).state == AWAITING_REVIEW

    # 4. The moderator approves: the Arabic page is published.
    response = approve_through_admin(client, moderator, arabic)
    assert response.status_code in (200, 302)
    arabic.refresh_from_db()
    assert arabic.live
    assert status_of(french_article).state == LIVE_CURRENT

    client.logout()
    page = client.get("/ar/actualites/bilan-annuel/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'dir="rtl"' in html
    assert "الحصيلة السنوية" in html
    assert "ينشر <b>المجلس</b> حصيلته." in html
    assert "الشكايات المتلقاة" in html and ">السنة<" in html
    assert "حقوق النساء" in html
    assert "Bilan annuel" not in html and "Plaintes reçues" not in html

    # 5. The French page changes and is republished: the live Arabic page is outdated.
    french_article.summary = "Le bilan de l’année, revu."
    french_article.save_revision().publish()
    assert status_of(french_article).state == LIVE_OUTDATED
    with pytest.raises(SystemExit) as exit_info:
        call_command("translation_status")
    assert exit_info.value.code == 1

    # Sync brings the changed summary in, keeps the translated segments, and goes through review again.
    client.force_login(translator)
    response = client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]), {})
    assert response.status_code == 302
    arabic.refresh_from_db()
    assert arabic.live and "حصيلة السنة." == arabic.summary  # the live page is untouched until approved
    assert status_of(french_article).percent_translated < 100
    fill_segments_through_editor(client, translator, translation, arabic_for)
    assert status_of(french_article).percent_translated == 100
    client.post(review_url)
    assert status_of(french_article).state == AWAITING_REVIEW
    approve_through_admin(client, moderator, arabic)
    arabic.refresh_from_db()
    assert arabic.summary == "حصيلة السنة، بعد المراجعة."
    assert arabic.title == "الحصيلة السنوية"
    assert status_of(french_article).state == LIVE_CURRENT
    call_command("translation_status")  # exits normally: nothing outdated


def test_moderator_rejection_sends_the_translation_back_with_a_comment(client, role_users, french_article, locales):
    translate_through_admin(client, role_users["communication"], french_article, locales["ar"])
    arabic = ArticlePage.objects.get(translation_key=french_article.translation_key, locale=locales["ar"])
    fill_segments_through_editor(
        client, role_users["translator"], translation_of(french_article, locales["ar"]), arabic_for
    )
    client.post(reverse("translation_submit_for_review", args=[arabic.pk]))
    arabic.refresh_from_db()
    task_state = arabic.current_workflow_state.current_task_state

    client.force_login(role_users["moderator"])
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[arabic.pk, "reject", task_state.pk]),
        {"comment": "Le titre est à revoir."},
    )
    arabic.refresh_from_db()
    assert not arabic.live
    assert arabic.current_workflow_state.status == "needs_changes"
    task_state.refresh_from_db()
    assert task_state.comment == "Le titre est à revoir."

    # Resubmitting puts it back before the moderators.
    client.force_login(role_users["translator"])
    client.post(reverse("translation_submit_for_review", args=[arabic.pk]))
    arabic.refresh_from_db()
    assert arabic.current_workflow_state.status == "in_progress"
