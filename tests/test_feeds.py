import datetime
import xml.etree.ElementTree as ET

import pytest

from tests.factories import article, make_image, news_index, translate_page

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news(site_tree):
    index = news_index(site_tree["fr"])
    image = make_image()
    for day in range(1, 23):
        article(index, f"Article {day}", date=datetime.date(2024, 1, day), main_image=image if day % 2 else None)
    return index


def test_rss_is_valid_rss_2_with_the_latest_twenty_items(client, news):
    response = client.get("/fr/actualites/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") == "Actualités"
    assert channel.findtext("link") == "http://testserver/fr/actualites/"
    assert channel.findtext("language") == "fr"
    items = channel.findall("item")
    assert len(items) == 20
    assert [item.findtext("title") for item in items[:2]] == ["Article 22", "Article 21"]
    first = items[1]
    assert first.findtext("link") == "http://testserver/fr/actualites/article-21/"
    assert first.findtext("description") == "Résumé de Article 21"
    assert first.findtext("pubDate").startswith("Sun, 21 Jan 2024")
    enclosure = first.find("enclosure")
    assert enclosure.get("url").startswith("http://testserver/media/images/")
    assert enclosure.get("type") == "image/png" and int(enclosure.get("length")) > 0
    assert items[0].find("enclosure") is None


def test_atom_is_valid_atom_with_absolute_links(client, news):
    response = client.get("/fr/actualites/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") == "Actualités"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 20
    entry = entries[1]
    assert entry.findtext(f"{ATOM}title") == "Article 21"
    links = {link.get("rel"): link.get("href") for link in entry.findall(f"{ATOM}link")}
    assert links["alternate"] == "http://testserver/fr/actualites/article-21/"
    assert links["enclosure"].startswith("http://testserver/media/images/")
    assert entry.findtext(f"{ATOM}summary") == "Résumé de Article 21"
    assert entry.findtext(f"{ATOM}published").startswith("2024-01-21")


def test_each_language_has_its_own_feed(client, news, locales):
    translate_page(news, locales["ar"], title="المستجدات")
    source = news.get_children().specific().get(slug="article-3")
    translate_page(source, locales["ar"], title="مقال")
    root = ET.fromstring(client.get("/ar/actualites/rss/").content)
    channel = root.find("channel")
    assert channel.findtext("title") == "المستجدات" and channel.findtext("language") == "ar"
    assert [item.findtext("title") for item in channel.findall("item")] == ["مقال"]
    assert channel.find("item").findtext("link") == "http://testserver/ar/actualites/article-3/"


def test_publication_index_has_feeds_too(client, site_tree):
    from tests.factories import publication, publication_index

    index = publication_index(site_tree["fr"])
    publication(index, "Rapport annuel", cover_image=make_image())
    root = ET.fromstring(client.get("/fr/publications/rss/").content)
    item = root.find("channel").find("item")
    assert item.findtext("link") == "http://testserver/fr/publications/rapport-annuel/"
    assert item.find("enclosure") is not None
    assert ET.fromstring(client.get("/fr/publications/atom/").content).tag == f"{ATOM}feed"
