import datetime
import re

import pytest

from news.models import ArticlePage
from tests.factories import article, make_image, make_theme, news_index, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(site_tree, locales):
    fr, ar = locales["fr"], locales["ar"]
    migration = make_theme(fr, "Migration", "migration")
    justice = make_theme(fr, "Justice", "justice")
    make_theme(ar, "الهجرة", "migration", translation_of=migration)
    index = news_index(site_tree["fr"])
    image = make_image()
    articles = []
    # 14 in 2024 (news, migration), 3 in 2023 (press releases, justice), 1 in 2022 (both themes).
    for day in range(1, 15):
        articles.append(
            article(index, f"Visite {day}", date=datetime.date(2024, 3, day), themes=[migration], main_image=image)
        )
    for day in range(1, 4):
        articles.append(
            article(index, f"Communiqué {day}", date=datetime.date(2023, 6, day), themes=[justice], kind="communique")
        )
    articles.append(article(index, "Rapport régional", date=datetime.date(2022, 1, 5), themes=[migration, justice]))
    return {"index": index, "articles": articles, "migration": migration, "justice": justice}


def titles(html):
    return re.findall(r'class="card__title" dir="auto"><a href="[^"]+">([^<]+)</a>', html)


def test_lists_newest_first_twelve_a_page(client, news):
    html = client.get("/fr/actualites/").content.decode()
    assert titles(html) == [f"Visite {day}" for day in range(14, 2, -1)]
    assert "18 résultats" in html and "page 1 sur 2" in html
    second = client.get("/fr/actualites/?page=2").content.decode()
    assert titles(second) == [
        "Visite 2",
        "Visite 1",
        "Communiqué 3",
        "Communiqué 2",
        "Communiqué 1",
        "Rapport régional",
    ]


def test_filters_compose_in_the_query_string(client, news):
    html = client.get("/fr/actualites/?theme=justice&kind=communique").content.decode()
    assert titles(html) == ["Communiqué 3", "Communiqué 2", "Communiqué 1"]
    html = client.get("/fr/actualites/?theme=justice&year=2022").content.decode()
    assert titles(html) == ["Rapport régional"]
    html = client.get("/fr/actualites/?kind=actualite&year=2024").content.decode()
    assert len(titles(html)) == 12 and "14 résultats" in html


def test_shows_the_count_for_each_year(client, news):
    html = client.get("/fr/actualites/").content.decode()
    assert '<option value="2024">2024 (14)</option>' in html
    assert '<option value="2023">2023 (3)</option>' in html
    assert '<option value="2022">2022 (1)</option>' in html
    nav = re.search(r'<nav class="year-counts".*?</nav>', html, re.S).group(0)
    assert re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", nav)).split() == [
        "2024", "(14)", "2023", "(3)", "2022", "(1)",
    ]  # fmt: skip


def test_year_counts_follow_the_other_filters(client, news):
    html = client.get("/fr/actualites/?theme=justice").content.decode()
    assert '<option value="2023">2023 (3)</option>' in html and '<option value="2022">2022 (1)</option>' in html
    assert 'value="2024"' not in html


def test_pagination_links_keep_the_filters(client, news):
    html = client.get("/fr/actualites/?theme=migration").content.decode()
    assert 'href="/fr/actualites/?theme=migration&amp;page=2" rel="next"' in html
    html = client.get("/fr/actualites/?theme=migration&page=2").content.decode()
    assert 'href="/fr/actualites/?theme=migration" rel="prev"' in html
    assert '<option value="migration" selected>Migration</option>' in html


@pytest.mark.parametrize(
    "query",
    [
        "page=3",
        "page=0",
        "page=-1",
        "page=abc",
        "page=1.5",
        "page=%D9%A1",
        "page=99999999999999999999999",
        "theme=inconnu",
        "theme=",
        "kind=rapport",
        "year=1999",
        "year=20x4",
        "year=99999999999999999999",
        "theme=migration&year=2023",
        "theme[]=migration",
    ],
)
def test_bad_filter_or_page_is_404_never_500(client, news, query):
    response = client.get(f"/fr/actualites/?{query}")
    expected = 200 if query in ("theme=", "theme[]=migration") else 404
    assert response.status_code == expected


def test_empty_filter_values_mean_no_filter(client, news):
    html = client.get("/fr/actualites/?theme=&kind=&year=").content.decode()
    assert "18 résultats" in html


def test_drafts_and_other_indexes_are_not_listed(client, news, site_tree):
    article(news["index"], "Brouillon", date=datetime.date(2025, 1, 1), publish=False)
    html = client.get("/fr/actualites/").content.decode()
    assert "Brouillon" not in html and "18 résultats" in html


def test_publishing_refreshes_cached_counts(client, news):
    assert "18 résultats" in client.get("/fr/actualites/").content.decode()
    article(news["index"], "Nouvelle visite", date=datetime.date(2025, 2, 1))
    html = client.get("/fr/actualites/").content.decode()
    assert "19 résultats" in html and titles(html)[0] == "Nouvelle visite"
    assert '<option value="2025">2025 (1)</option>' in html
    news["articles"][0].unpublish()
    assert "18 résultats" in client.get("/fr/actualites/").content.decode()
    ArticlePage.objects.get(pk=news["articles"][1].pk).delete()
    assert "17 résultats" in client.get("/fr/actualites/").content.decode()


def test_arabic_listing_uses_arabic_theme_names_and_shared_slugs(client, news, locales):
    ar_index = translate_page(news["index"], locales["ar"], title="المستجدات")
    translate_page(news["articles"][0], locales["ar"], title="زيارة ميدانية")
    html = client.get("/ar/actualites/").content.decode()
    assert titles(html) == ["زيارة ميدانية"]
    assert '<option value="migration">الهجرة</option>' in html
    # A theme without Arabic translation keeps its French name rather than vanishing.
    assert '<option value="justice">Justice</option>' in html
    assert titles(client.get("/ar/actualites/?theme=migration").content.decode()) == ["زيارة ميدانية"]
    assert ar_index.title in html


def test_listing_links_its_feeds_in_the_head(client, news):
    html = client.get("/fr/actualites/").content.decode()
    head = html.split("</head>")[0]
    assert '<link rel="alternate" type="application/rss+xml"' in head and 'href="/fr/actualites/rss/"' in head
    assert '<link rel="alternate" type="application/atom+xml"' in head and 'href="/fr/actualites/atom/"' in head


def test_card_images_are_responsive_and_lazy(client, news):
    html = client.get("/fr/actualites/").content.decode()
    img = re.search(r'<div class="card__media">\s*<picture>.*?(<img[^>]+>)', html, re.S).group(1)
    for attribute in ("srcset=", "sizes=", "width=", "height=", 'loading="lazy"', 'alt=""'):
        assert attribute in img


def test_empty_listing_says_so(client, site_tree):
    news_index(site_tree["fr"])
    html = client.get("/fr/actualites/").content.decode()
    assert "Aucun contenu ne correspond à ces critères." in html
    assert client.get("/fr/actualites/?page=2").status_code == 404
