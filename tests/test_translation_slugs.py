"""Slug policy both ways: an Arabic translation keeps the French slug; a French translation of an Arabic original
gets a readable French slug of its own, which stays once published."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.operations import translate_object

from editorial.slugs import readable_slug
from tests.factories import standard_page
from tests.translation_support import translation_of

pytestmark = pytest.mark.django_db


def translate_segments(page, locale, texts, publish=False):
    """Translates the segments whose source text is a key of `texts`, then saves (or publishes) the translation."""
    translation = translation_of(page, locale)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in texts:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                context=segment.context,
                locale=locale,
                defaults={"data": texts[segment.string.data], "translation_type": "manual"},
            )
    translation.save_target(publish=False)
    target = Page.objects.get(translation_key=page.translation_key, locale=locale).specific
    if publish:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


@pytest.fixture
def arabic_original(site_tree):
    return standard_page(site_tree["ar"], "بيان المجلس", slug="بيان-المجلس", summary="ملخص.")


def test_an_arabic_translation_keeps_the_french_slug(site_tree, locales):
    french = standard_page(site_tree["fr"], "Bilan annuel", slug="bilan-annuel")
    translate_object(french, [locales["ar"]])
    arabic = translate_segments(french, locales["ar"], {"Bilan annuel": "الحصيلة السنوية"}, publish=True)
    assert arabic.slug == "bilan-annuel"
    assert arabic.url == "/ar/bilan-annuel/"


def test_a_french_translation_of_an_arabic_original_never_takes_the_arabic_slug(arabic_original, locales):
    translate_object(arabic_original, [locales["fr"]])
    french = Page.objects.get(translation_key=arabic_original.translation_key, locale=locales["fr"])
    # Title not translated yet: its Arabic title, transliterated.
    assert french.slug == readable_slug("بيان المجلس") != ""
    assert french.slug.isascii()
    assert french.url_path.endswith(f"/{french.slug}/")


def test_the_french_slug_follows_the_french_title_until_published_then_stays(client, arabic_original, locales):
    translate_object(arabic_original, [locales["fr"]])
    french = translate_segments(arabic_original, locales["fr"], {"بيان المجلس": "Déclaration du Conseil"})
    assert french.slug == "declaration-du-conseil"
    french = translate_segments(
        arabic_original, locales["fr"], {"بيان المجلس": "Déclaration du Conseil sur l’eau"}, publish=True
    )
    assert french.slug == "declaration-du-conseil-sur-leau"
    assert client.get("/fr/declaration-du-conseil-sur-leau/").status_code == 200
    assert client.get(f"/ar/{arabic_original.slug}/").status_code == 200

    # Published: a new title or a new Arabic slug no longer moves the French address.
    arabic_original.slug = "bayan"
    arabic_original.save_revision().publish()
    translation_of(arabic_original, locales["fr"]).source.update_from_db()
    french = translate_segments(arabic_original, locales["fr"], {"بيان المجلس": "Déclaration"}, publish=True)
    assert french.title == "Déclaration"
    assert french.slug == "declaration-du-conseil-sur-leau"
    assert client.get("/fr/declaration-du-conseil-sur-leau/").status_code == 200


def test_two_arabic_originals_with_the_same_french_title_get_distinct_slugs(site_tree, locales):
    originals = [
        standard_page(site_tree["ar"], title, slug=slug)
        for title, slug in (("بلاغ أول", "بلاغ-أول"), ("بلاغ ثان", "بلاغ-ثان"))
    ]
    slugs = []
    for original in originals:
        translate_object(original, [locales["fr"]])
        french = translate_segments(original, locales["fr"], {original.title: "Communiqué"}, publish=True)
        slugs.append(french.slug)
    assert slugs[0] == "communique" and slugs[1].startswith("communique-") and len(set(slugs)) == 2


def test_readable_slug_transliterates_arabic_and_drops_french_accents():
    assert readable_slug("Élections : l’avis du Conseil") == "elections-lavis-du-conseil"
    assert readable_slug("حقوق") and readable_slug("حقوق").isascii()
    assert readable_slug("") == ""
