from html.parser import HTMLParser

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.factories import bilingual_tree, translate_page

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.metas = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta":
            self.metas.append(attrs)


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def head_of_page(rf, page):
    """The frame rendered around `page`, as every page template extends base.html."""
    request = rf.get(page.url)
    with translation.override(page.locale.language_code):
        html = render_to_string("base.html", {"page": page, "self": page}, request=request)
    parser = HeadParser()
    parser.feed(html)
    return parser


def hreflangs(parser):
    return {link["hreflang"]: link["href"] for link in parser.links if link.get("rel") == "alternate"}


def canonical(parser):
    return [link["href"] for link in parser.links if link.get("rel") == "canonical"]


def meta(parser, key):
    return [m["content"] for m in parser.metas if m.get("property") == key or m.get("name") == key]


@pytest.fixture
def tree(site_tree, locales):
    return bilingual_tree(site_tree, locales)


@pytest.mark.parametrize("fr_path, ar_path", [("/fr/", "/ar/"), ("/fr/le-conseil/", "/ar/le-conseil/")])
def test_hreflang_is_reciprocal_and_lists_itself(client, tree, fr_path, ar_path):
    expected = {"fr": ROOT + fr_path, "ar": ROOT + ar_path, "x-default": ROOT + fr_path}
    french, arabic = head_of(client, fr_path), head_of(client, ar_path)
    assert hreflangs(french) == expected
    assert hreflangs(arabic) == expected
    assert canonical(french) == [ROOT + fr_path]
    assert canonical(arabic) == [ROOT + ar_path]


@pytest.mark.parametrize("fr_name, ar_name", [("article", "ar_article"), ("publication", "ar_publication")])
def test_hreflang_on_articles_and_publications(rf, tree, fr_name, ar_name):
    french, arabic = tree[fr_name], tree[ar_name]
    expected = {"fr": french.full_url, "ar": arabic.full_url, "x-default": french.full_url}
    assert expected["ar"].startswith(ROOT + "/ar/")
    assert hreflangs(head_of_page(rf, french)) == expected
    assert hreflangs(head_of_page(rf, arabic)) == expected
    assert canonical(head_of_page(rf, arabic)) == [arabic.full_url]


def test_page_in_one_language_has_canonical_but_no_hreflang(client, tree):
    parser = head_of(client, "/fr/contact/")
    assert canonical(parser) == [ROOT + "/fr/contact/"]
    assert hreflangs(parser) == {}


def test_draft_translation_is_not_announced(client, tree, locales):
    translate_page(tree["untranslated"], locales["ar"], publish=False, title="اتصل بنا")
    assert hreflangs(head_of(client, "/fr/contact/")) == {}


def test_description_comes_from_summary_unless_search_description_is_set(client, tree):
    assert meta(head_of(client, "/fr/le-conseil/"), "description") == ["Mandat et composition."]
    about = tree["about"]
    about.search_description = "Description pour les moteurs."
    about.save_revision().publish()
    assert meta(head_of(client, "/fr/le-conseil/"), "description") == ["Description pour les moteurs."]


def test_article_open_graph_has_absolute_image_and_article_type(rf, tree):
    parser = head_of_page(rf, tree["article"])
    assert meta(parser, "og:type") == ["article"]
    assert meta(parser, "og:title") == ["Visite d’un centre de détention"]
    assert meta(parser, "og:url") == [ROOT + "/fr/actualites/visite-centre/"]
    assert meta(parser, "og:locale") == ["fr_FR"]
    assert meta(parser, "og:locale:alternate") == ["ar_MA"]
    [image] = meta(parser, "og:image")
    assert image.startswith(ROOT + "/media/images/") and ".fill-1200x630" in image
    assert meta(parser, "og:image:width") == ["1200"] and meta(parser, "og:image:height") == ["630"]
    assert meta(parser, "og:image:alt") == ["Délégation du Conseil"]
    assert meta(parser, "twitter:card") == ["summary_large_image"]
    assert meta(parser, "twitter:image") == [image]
    assert meta(parser, "article:published_time") == ["2026-03-08"]


def test_publication_shares_its_cover(rf, tree):
    parser = head_of_page(rf, tree["ar_publication"])
    [image] = meta(parser, "og:image")
    assert image.startswith(ROOT + "/media/images/")
    assert meta(parser, "og:locale") == ["ar_MA"]
    assert meta(parser, "og:description") == ["حصيلة السنة."]


def test_page_without_image_gets_a_summary_card(client, tree):
    parser = head_of(client, "/fr/le-conseil/")
    assert meta(parser, "og:image") == []
    assert meta(parser, "twitter:card") == ["summary"]
    assert meta(parser, "og:type") == ["website"]


def test_not_found_page_has_no_canonical(client, tree):
    response = client.get("/fr/nulle-part/")
    assert response.status_code == 404
    parser = HeadParser()
    parser.feed(response.content.decode())
    assert canonical(parser) == [] and hreflangs(parser) == {}


def test_head_costs_a_bounded_number_of_queries(rf, tree, django_assert_max_num_queries):
    head_of_page(rf, tree["article"])  # renditions are created on first view
    with django_assert_max_num_queries(12):
        head_of_page(rf, tree["article"])
