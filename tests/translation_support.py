"""Users in each editorial role and a French article using every block, for the translation tests."""

import datetime
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.embeds.finders.base import EmbedFinder
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial import roles
from news.models import ArticlePage, NewsIndexPage, Theme
from tests.factories import add_page, make_user


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


def every_block_body(image, document):
    return [
        ("heading", {"text": "Une année d’observation", "level": "h2"}),
        ("paragraph", "<p>Le <b>Conseil</b> publie son bilan.</p><ul><li>Plaintes traitées</li></ul>"),
        (
            "image",
            {
                "image": image,
                "alt_text": "Une salle d’audience",
                "decorative": False,
                "caption": "Audience",
                "credit": "CNDH",
            },
        ),
        ("quote", {"text": "La dignité d’abord.", "attribution": "La présidente"}),
        (
            "video",
            {
                "title": "Présentation du rapport",
                "video": "https://www.youtube.com/watch?v=abc",
                "transcript": "<p>Bonjour.</p>",
            },
        ),
        ("document", {"document": document, "title": "Rapport complet"}),
        (
            "table",
            {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_header_choice": "row",
                "table_caption": "Plaintes reçues",
                "data": [["Année", "Plaintes"], ["2025", "3 480"]],
            },
        ),
        ("key_figures", {"title": "En chiffres", "figures": [{"number": "112", "label": "visites"}]}),
        (
            "call_to_action",
            {
                "title": "Saisir le Conseil",
                "text": "Déposez une plainte.",
                "url": "https://example.org",
                "button_label": "Déposer",
            },
        ),
        (
            "accordion",
            {"title": "Questions", "items": [{"question": "Qui peut saisir ?", "answer": "<p>Toute personne.</p>"}]},
        ),
        (
            "gallery",
            {
                "title": "Galerie",
                "images": [
                    {"image": image, "alt_text": "Première", "decorative": False, "caption": "Un", "credit": ""},
                    {"image": image, "alt_text": "Seconde", "decorative": False, "caption": "Deux", "credit": ""},
                ],
            },
        ),
    ]


@pytest.fixture
def french_article(site_tree, locales):
    image = Image.objects.create(title="Audience", file=get_test_image_file())
    document = Document.objects.create(title="Rapport", file=ContentFile(b"%PDF-1.4 test", name="rapport.pdf"))
    theme = Theme.objects.create(name="Droits des femmes", slug="droits-des-femmes", locale=locales["fr"])
    ar_theme = theme.copy_for_translation(locales["ar"])
    ar_theme.name = "حقوق النساء"
    ar_theme.save()
    index = add_page(site_tree["fr"], NewsIndexPage(title="Actualités", slug="actualites"))
    article = ArticlePage(
        title="Bilan annuel",
        slug="bilan-annuel",
        date=datetime.date(2026, 3, 1),
        summary="Le bilan de l’année.",
        main_image=image,
        body=every_block_body(image, document),
    )
    article.themes = [theme]
    add_page(index, article)
    return ArticlePage.objects.get(pk=article.pk)


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
