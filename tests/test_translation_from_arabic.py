"""The full cycle the other way: an Arabic original translated into French through the admin, reviewed, live, then
the Arabic page changes and the French one is synced and reviewed again."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse

from editorial.status import AWAITING_REVIEW, IN_PROGRESS, LIVE_CURRENT, LIVE_OUTDATED, translation_statuses
from news.models import ArticlePage
from tests.factories import article, make_theme, news_index, translate_page
from tests.translation_support import (
    approve_through_admin,
    fill_segments_through_editor,
    translate_through_admin,
    translation_of,
)

pytestmark = pytest.mark.django_db

FRENCH = {
    "بيان حول حرية التعبير": "Déclaration sur la liberté d’expression",
    "يدعو المجلس إلى احترام حرية التعبير.": "Le Conseil appelle au respect de la liberté d’expression.",
    "يذكر المجلس بالتزاماته.": "Le Conseil rappelle ses engagements.",
    "يدعو المجلس إلى احترام حرية التعبير، مجددا.": (
        "Le Conseil appelle de nouveau au respect de la liberté d’expression."
    ),
}


def french_for(segment):
    return FRENCH.get(segment.string.data, "Texte français")


@pytest.fixture
def arabic_statement(site_tree, locales):
    """An article written in Arabic first, in the Arabic news listing (itself the translation of the French one)."""
    french_index = news_index(site_tree["fr"], show_in_menus=False)
    arabic_index = translate_page(french_index, locales["ar"], title="الأخبار")
    theme = make_theme(locales["fr"], "Libertés", "libertes")
    arabic_theme = make_theme(locales["ar"], "الحريات", "libertes", translation_of=theme)
    statement = article(
        arabic_index,
        "بيان حول حرية التعبير",
        slug="بيان-حول-حرية-التعبير",
        date=datetime.date(2026, 5, 3),
        themes=[arabic_theme],
        summary="يدعو المجلس إلى احترام حرية التعبير.",
        body_text="يذكر المجلس بالتزاماته.",
    )
    return ArticlePage.objects.get(pk=statement.pk)


def status_of(page):
    return next(status for status in translation_statuses() if status.page_id == page.pk)


def test_arabic_original_goes_to_a_reviewed_french_page_and_back_through_sync(
    client, role_users, arabic_statement, locales, capsys
):
    translator, communication, moderator = (role_users[k] for k in ("translator", "communication", "moderator"))
    assert status_of(arabic_statement).state == "missing"
    assert status_of(arabic_statement).source_language == "ar"

    # 1. The translator who wrote the Arabic page starts its French translation (the communication team does not
    # browse the Arabic tree): a draft in the French tree, never live with Arabic text.
    response = translate_through_admin(client, translator, arabic_statement, locales["fr"])
    assert response.status_code == 302
    french = ArticlePage.objects.get(translation_key=arabic_statement.translation_key, locale=locales["fr"])
    assert not french.live
    assert french.slug.isascii() and french.slug
    client.logout()
    assert client.get(french.url).status_code == 404
    assert status_of(arabic_statement).state == IN_PROGRESS
    assert status_of(arabic_statement).percent_translated == 0
    assert (status_of(arabic_statement).source_language, status_of(arabic_statement).target_language) == ("ar", "fr")

    # 2. The communication team translates every segment in the editor; the slug comes from the French title.
    translation = translation_of(arabic_statement, locales["fr"])
    assert translation.source.locale == locales["ar"]
    client.force_login(communication)
    untranslated = client.get(reverse("translation_submit_for_review", args=[french.pk])).content.decode()
    assert "Les segments non traduits s’afficheront en arabe, la langue de l’original" in untranslated
    fill_segments_through_editor(client, communication, translation, french_for)
    assert status_of(arabic_statement).percent_translated == 100

    # 3. Submit for review: still offline, before the moderators.
    review_url = reverse("translation_submit_for_review", args=[french.pk])
    response = client.post(review_url, follow=True)
    assert "a été soumise pour relecture" in response.content.decode()
    french.refresh_from_db()
    assert french.workflow_in_progress and not french.live
    assert french.slug == "declaration-sur-la-liberte-dexpression"
    assert status_of(arabic_statement).state == AWAITING_REVIEW

    # 4. The moderator approves: the French page is live under /fr/, in French, with its French theme.
    approve_through_admin(client, moderator, french)
    french.refresh_from_db()
    assert french.live
    assert status_of(arabic_statement).state == LIVE_CURRENT
    client.logout()
    page = client.get("/fr/actualites/declaration-sur-la-liberte-dexpression/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="fr" dir="ltr"' in html
    assert "Déclaration sur la liberté d’expression" in html
    assert "Le Conseil rappelle ses engagements." in html
    assert "Libertés" in html
    assert "حرية التعبير" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    assert [theme.name for theme in french.themes.all()] == ["Libertés"]

    # 5. The Arabic original changes and is republished: the French page is outdated, the command fails.
    arabic_statement.summary = "يدعو المجلس إلى احترام حرية التعبير، مجددا."
    arabic_statement.save_revision().publish()
    assert status_of(arabic_statement).state == LIVE_OUTDATED
    with pytest.raises(SystemExit) as exit_info:
        call_command("translation_status")
    assert exit_info.value.code == 1

    # 6. Sync (without publishing), translate what changed, review again: current.
    client.force_login(communication)
    response = client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]), {})
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.live and french.summary == "Le Conseil appelle au respect de la liberté d’expression."
    assert status_of(arabic_statement).percent_translated < 100
    fill_segments_through_editor(client, communication, translation, french_for)
    client.post(review_url)
    assert status_of(arabic_statement).state == AWAITING_REVIEW
    approve_through_admin(client, moderator, french)
    french.refresh_from_db()
    assert french.summary == "Le Conseil appelle de nouveau au respect de la liberté d’expression."
    assert french.slug == "declaration-sur-la-liberte-dexpression"
    assert status_of(arabic_statement).state == LIVE_CURRENT
    call_command("translation_status")  # exits normally: nothing outdated either way
