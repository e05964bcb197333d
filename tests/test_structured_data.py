import json
import re

import pytest
from django.test import override_settings

from tests.factories import bilingual_tree
from tests.test_seo_head import head_of_page

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"


@pytest.fixture
def tree(site_tree, locales):
    return bilingual_tree(site_tree, locales)


def json_ld_of(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def page_html(rf, page):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override(page.locale.language_code):
        return render_to_string("base.html", {"page": page}, request=rf.get(page.url))


def test_article_is_a_news_article_with_absolute_urls(rf, tree):
    [data] = json_ld_of(page_html(rf, tree["article"]))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Visite d’un centre de détention"
    assert data["url"] == ROOT + "/fr/actualites/visite-centre/"
    assert data["mainEntityOfPage"]["@id"] == data["url"]
    assert data["datePublished"] == "2026-03-08"
    assert data["inLanguage"] == "fr"
    assert all(url.startswith(ROOT + "/media/images/") for url in data["image"])
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Conseil national des droits humains",
        "url": ROOT + "/fr/",
    }


def test_markup_in_a_title_cannot_close_the_script(rf, tree):
    article = tree["article"]
    article.title = "Fin </script><script>alert(1)</script>"
    article.save_revision().publish()
    article.refresh_from_db()
    html = page_html(rf, article)
    assert "<script>alert(1)" not in html
    [data] = json_ld_of(html)
    assert data["headline"] == "Fin </script><script>alert(1)</script>"


def test_publication_is_a_report_with_its_pdf(rf, tree):
    [data] = json_ld_of(page_html(rf, tree["ar_publication"]))
    assert data["@type"] == "Report"
    assert data["inLanguage"] == "ar"
    assert data["url"] == ROOT + "/ar/publications/rapport-annuel-2025/"
    assert data["encoding"]["contentUrl"].startswith(ROOT + "/documents/")
    assert data["encoding"]["encodingFormat"] == "application/pdf"
    assert data["publisher"]["name"] == "المجلس الوطني لحقوق الإنسان"


def test_home_describes_the_organization_in_its_language(client, tree):
    [french] = json_ld_of(client.get("/fr/").content.decode())
    [arabic] = json_ld_of(client.get("/ar/").content.decode())
    assert french["@type"] == arabic["@type"] == "Organization"
    assert french["name"] == "Conseil national des droits humains"
    assert arabic["name"] == "المجلس الوطني لحقوق الإنسان"
    assert (french["url"], arabic["url"]) == (ROOT + "/fr/", ROOT + "/ar/")
    assert "logo" not in french


@override_settings(SEO_ORGANIZATION_LOGO="img/logo.png")
def test_organization_logo_is_absolute_when_configured(client, tree):
    [data] = json_ld_of(client.get("/fr/").content.decode())
    assert data["logo"] == ROOT + "/static/img/logo.png"


def test_standard_page_has_no_structured_data(client, tree):
    assert json_ld_of(client.get("/fr/le-conseil/").content.decode()) == []


def test_head_parser_sees_one_canonical(rf, tree):
    from tests.test_seo_head import canonical

    assert canonical(head_of_page(rf, tree["publication"])) == [ROOT + "/fr/publications/rapport-annuel-2025/"]
