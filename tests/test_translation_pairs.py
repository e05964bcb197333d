"""An Arabic original and its French translation are one page in two languages, as a French page and its Arabic
translation are: listings, feeds, search, sitemap and hreflang pair them, and an untranslated Arabic original
stays in the Arabic site only."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.operations import translate_object

from news.models import ArticlePage
from tests.factories import article, bilingual_indexes, standard_page
from tests.translation_support import translation_of

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
FRENCH = {
    "بيان حول حرية الصحافة": "Déclaration sur la liberté de la presse",
    "يدافع المجلس عن حرية الصحافة.": "Le Conseil défend la liberté de la presse.",
}


@pytest.fixture
def pair(site_tree, locales):
    tree = bilingual_indexes(site_tree)
    original = article(
        tree["ar"]["news"],
        "بيان حول حرية الصحافة",
        slug="بيان-حرية-الصحافة",
        date=datetime.date(2026, 5, 3),
        summary="يدافع المجلس عن حرية الصحافة.",
    )
    alone = article(
        tree["ar"]["news"], "كلمة الرئيسة", slug="كلمة-الرئيسة", date=datetime.date(2026, 5, 4), summary="كلمة."
    )
    translate_object(original, [locales["fr"]])
    translation = translation_of(original, locales["fr"])
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            context=segment.context,
            locale=locales["fr"],
            data=FRENCH.get(segment.string.data, "Texte"),
            translation_type="manual",
        )
    translation.save_target(publish=False)
    french = ArticlePage.objects.get(translation_key=original.translation_key, locale=locales["fr"])
    french.get_latest_revision().publish()
    french.refresh_from_db()
    return {"ar": original, "fr": french, "alone": alone}


def test_the_pair_has_a_french_and_an_arabic_address(pair):
    assert pair["fr"].url == "/fr/actualites/declaration-sur-la-liberte-de-la-presse/"
    assert pair["ar"].url.startswith("/ar/actualites/")


def test_each_listing_shows_its_own_language_and_the_untranslated_original_only_in_arabic(client, pair):
    french = client.get("/fr/actualites/").content.decode()
    assert "Déclaration sur la liberté de la presse" in french
    assert "حرية الصحافة" not in french and "كلمة الرئيسة" not in french
    arabic = client.get("/ar/actualites/").content.decode()
    assert "بيان حول حرية الصحافة" in arabic and "كلمة الرئيسة" in arabic
    assert "Déclaration sur la liberté" not in arabic


def test_each_feed_carries_its_own_language(client, pair):
    french = ET.fromstring(client.get("/fr/actualites/rss/").content)
    titles = [item.findtext("title") for item in french.iter("item")]
    links = [item.findtext("link") for item in french.iter("item")]
    assert titles == ["Déclaration sur la liberté de la presse"]
    assert [link.split("/", 3)[3] for link in links] == [pair["fr"].url.lstrip("/")]
    arabic = ET.fromstring(client.get("/ar/actualites/rss/").content)
    assert {item.findtext("title") for item in arabic.iter("item")} == {"بيان حول حرية الصحافة", "كلمة الرئيسة"}


def test_search_finds_the_french_translation_in_french_and_the_original_in_arabic(client, pair):
    french = client.get("/fr/recherche/", {"q": "liberté presse"}).content.decode()
    assert f'href="{pair["fr"].url}"' in french and pair["ar"].url not in french
    arabic = client.get("/ar/recherche/", {"q": "الصحافة"}).content.decode()
    assert f'href="{pair["ar"].url}"' in arabic and pair["fr"].url not in arabic


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


def test_hreflang_pairs_the_original_and_its_translation_both_ways(client, pair):
    expected = {"fr": ROOT + pair["fr"].url, "ar": ROOT + pair["ar"].url, "x-default": ROOT + pair["fr"].url}
    assert hreflangs(client.get(pair["fr"].url).content.decode()) == expected
    assert hreflangs(client.get(pair["ar"].url).content.decode()) == expected
    assert hreflangs(client.get(pair["alone"].url).content.decode()) == {}


def test_sitemap_lists_both_with_reciprocal_alternates_and_the_lone_original_alone(client, pair):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.find("sm:loc", NS).text: {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        for url in root.findall("sm:url", NS)
    }
    french, arabic = ROOT + pair["fr"].url, ROOT + pair["ar"].url
    assert entries[french] == entries[arabic] == {"fr": french, "ar": arabic, "x-default": french}
    assert entries[ROOT + pair["alone"].url] == {}


def test_a_french_draft_of_an_arabic_original_is_nowhere_in_the_french_site(client, pair, locales):
    translate_object(pair["alone"], [locales["fr"]])
    draft = Page.objects.get(translation_key=pair["alone"].translation_key, locale=locales["fr"])
    assert not draft.live
    assert client.get(draft.url).status_code == 404
    assert "كلمة" not in client.get("/fr/actualites/").content.decode()
    assert hreflangs(client.get(pair["alone"].url).content.decode()) == {}


def test_a_french_alias_of_an_arabic_only_parent_is_not_served_as_french(client, site_tree, locales):
    """Translating an Arabic original whose Arabic parent has no French version aliases that parent into the
    French tree: it would show Arabic text under /fr/."""

    section = standard_page(site_tree["ar"], "خطب", slug="khutab")
    speech = standard_page(section, "خطاب الافتتاح", slug="khitab-al-iftitah")
    translate_object(speech, [locales["fr"]])
    alias = Page.objects.get(translation_key=section.translation_key, locale=locales["fr"])
    assert alias.alias_of_id == section.pk and alias.live
    assert client.get(alias.url).status_code == 404
    assert client.get(section.url).status_code == 200
