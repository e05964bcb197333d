"""Users in each editorial role and a French article using every block, for the translation tests."""

import datetime
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.embeds.finders.base import EmbedFinder
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial import roles
from news.models import ArticlePage
from tests.factories import article, every_block_body, make_document, make_image, make_theme, make_user, news_index


class LocalEmbedFinder(EmbedFinder):
    """Answers every embed without the network."""

    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "Vidéo",
            "type": "video",
            "html": '<iframe title="Vidéo" src="about:blank"></iframe>',
            "width": 640,
            "height": 360,
        }


@pytest.fixture
def local_embeds(settings):
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.translation_support.LocalEmbedFinder"}]


@pytest.fixture
def role_users(site_tree):
    return {
        "communication": make_user("communication", roles.COMMUNICATION),
        "translator": make_user("traducteur", roles.TRANSLATORS),
        "moderator": make_user("moderateur", roles.MODERATORS),
    }


@pytest.fixture
def french_article(site_tree, locales):
    image = make_image("Audience", width=640, height=480, name="test.png")
    document = make_document("Rapport", content=b"%PDF-1.4 test")
    theme = make_theme(locales["fr"], "Droits des femmes", "droits-des-femmes")
    make_theme(locales["ar"], "حقوق النساء", "droits-des-femmes", translation_of=theme)
    index = news_index(site_tree["fr"], show_in_menus=False)
    page = article(
        index,
        "Bilan annuel",
        slug="bilan-annuel",
        date=datetime.date(2026, 3, 1),
        summary="Le bilan de l’année.",
        main_image=image,
        body=every_block_body(image, document),
        themes=[theme],
    )
    return ArticlePage.objects.get(pk=page.pk)


def translate_through_admin(client, user, page, locale):
    client.force_login(user)
    return client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]})


def translation_of(page, locale):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def fill_segments_through_editor(client, user, translation, text_for):
    """Types a translation into every untranslated segment, as the editor's text areas do."""
    client.force_login(user)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        if StringTranslation.objects.filter(
            translation_of=segment.string, locale=translation.target_locale, context=segment.context
        ).exists():
            continue
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url,
            urlencode({"value": text_for(segment)}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def approve_through_admin(client, moderator, page):
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    client.force_login(moderator)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}
    )


# Role users with addresses, and a live Arabic translation, for the notification and sync tests.


def placeholder_arabic(segment):
    return "نص عربي"


@pytest.fixture
def team(role_users):
    for key, user in role_users.items():
        user.email = f"{key}@example.org"
        user.save()
    return {
        **role_users,
        "second_translator": make_user("traductrice", roles.TRANSLATORS, email="second_translator@example.org"),
        "second_communication": make_user("redacteur", roles.COMMUNICATION, email="second_communication@example.org"),
        "no_address": make_user("sans-adresse", roles.TRANSLATORS),
    }


def arabic_page(french_article, locales):
    return ArticlePage.objects.get(translation_key=french_article.translation_key, locale=locales["ar"])


def submit_for_review(client, translator, page):
    client.force_login(translator)
    client.post(reverse("translation_submit_for_review", args=[page.pk]))
    page.refresh_from_db()


def live_arabic(client, team, french_article, locales):
    translate_through_admin(client, team["communication"], french_article, locales["ar"])
    arabic = arabic_page(french_article, locales)
    fill_segments_through_editor(
        client, team["translator"], translation_of(french_article, locales["ar"]), placeholder_arabic
    )
    submit_for_review(client, team["translator"], arabic)
    approve_through_admin(client, team["moderator"], arabic)
    arabic.refresh_from_db()
    assert arabic.live
    mail.outbox.clear()
    return arabic
