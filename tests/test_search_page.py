"""The search page as a reader sees it: results, count, pagination, promotions, language switch."""

import datetime

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import article, bilingual_indexes


@pytest.fixture
def tree(site_tree):
    return bilingual_indexes(site_tree)


def test_result_shows_title_type_date_and_highlighted_summary(client, tree):
    article(
        tree["fr"]["news"],
        "Visite de prison",
        summary="Visite des prisons de la région de Fès.",
        date=datetime.date(2024, 5, 1),
    )
    html = client.get("/fr/recherche/", {"q": "prisons"}).content.decode()
    assert "Visite de <mark>prison</mark>" in html
    assert "Visite des <mark>prisons</mark> de la région" in html
    assert "Actualité" in html
    assert "1er mai 2024" in html  # the same date format as article pages
    assert "1 résultat pour « <bdi>prisons</bdi> »" in html


def test_search_page_is_not_indexed_by_search_engines(client, tree):
    html = client.get("/fr/recherche/", {"q": "x"}).content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_query_stays_in_the_search_box(client, tree):
    html = client.get("/fr/recherche/", {"q": "droits & libertés"}).content.decode()
    assert 'value="droits &amp; libertés"' in html


def test_empty_result_says_what_to_try(client, tree):
    html = client.get("/fr/recherche/", {"q": "introuvable"}).content.decode()
    assert "Aucun résultat" in html
    assert "0 résultat" in html


def test_ten_results_a_page_with_a_next_page(client, tree):
    for number in range(12):
        article(tree["fr"]["news"], f"Plaidoyer {number}", slug=f"plaidoyer-{number}")
    first = client.get("/fr/recherche/", {"q": "plaidoyer"})
    second = client.get("/fr/recherche/", {"q": "plaidoyer", "page": "2"})
    assert len(first.context["results"].hits) == 10
    assert len(second.context["results"].hits) == 2
    assert "12 résultats" in first.content.decode()
    assert "page=2" in first.context["next_url"]


def test_language_switcher_goes_to_the_same_search_in_arabic(client, tree):
    html = client.get("/fr/recherche/", {"q": "droits", "type": "news"}).content.decode()
    assert 'href="/ar/recherche/?q=droits&amp;type=news"' in html


def test_arabic_results_date_with_moroccan_month_names(client, tree, locales):
    from tests.factories import translate_page

    french = article(tree["fr"]["news"], "Visite", summary="Visite.", date=datetime.date(2024, 8, 10))
    translate_page(french, locales["ar"], title="زيارة السجون", summary="زيارة السجون في الجهة.")
    html = client.get("/ar/recherche/", {"q": "السجون"}).content.decode()
    assert "10 غشت 2024" in html  # not Django's "أغسطس"


def test_a_latin_query_in_an_arabic_sentence_is_isolated(client, tree):
    html = client.get("/ar/recherche/", {"q": "COVID-19 <b>"}).content.decode()
    count = html[html.index('<p class="search-count"') :]
    count = count[: count.index("</p>")]
    # Kept whole and escaped: the hyphen and figures stay with the word, not with the Arabic sentence.
    assert "<bdi>COVID-19 &lt;b&gt;</bdi>" in count
    title = html[html.index("<title>") : html.index("</title>")]
    assert "\u2068COVID-19 &lt;b&gt;\u2069" in title


def test_arabic_page_is_right_to_left_and_translated(client, tree):
    html = client.get("/ar/recherche/", {"q": "حقوق"}).content.decode()
    assert 'dir="rtl"' in html
    assert "عدد النتائج" in html


def test_promoted_page_comes_first_in_its_language_only(client, tree):
    article(tree["fr"]["news"], "Plainte en ligne : mode d’emploi", slug="plainte-1")
    promoted = article(tree["fr"]["news"], "Déposer une requête", slug="requete")
    arabic = article(tree["ar"]["news"], "تقديم شكاية", slug="shikaya")
    query = Query.get("plainte")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0, description="Le formulaire officiel.")
    SearchPromotion.objects.create(query=query, page=arabic, sort_order=1)
    response = client.get("/fr/recherche/", {"q": "Plainte"})
    html = response.content.decode()
    assert [p.page_id for p in response.context["promotions"]] == [promoted.pk]
    assert html.index("Déposer une requête") < html.index("mode d’emploi")
    assert "تقديم شكاية" not in html


def test_promoted_private_or_unpublished_page_is_not_shown(client, tree):
    promoted = article(tree["fr"]["news"], "Ancienne procédure", slug="ancienne")
    SearchPromotion.objects.create(query=Query.get("procedure"), page=promoted, sort_order=0)
    promoted.unpublish()
    assert client.get("/fr/recherche/", {"q": "procedure"}).context["promotions"] == []


@pytest.mark.parametrize("count", [3, 25])
def test_search_page_stays_within_query_budget(client, tree, django_assert_max_num_queries, count):
    for number in range(count):
        article(tree["fr"]["news"], f"Migration {number}", slug=f"migration-{number}")
    SearchPromotion.objects.create(query=Query.get("migration"), page=tree["fr"]["news"], sort_order=0)
    client.get("/fr/recherche/", {"q": "migration"})
    with django_assert_max_num_queries(10):
        response = client.get("/fr/recherche/", {"q": "migration"})
    assert len(response.context["results"].hits) == min(count, 10)


def test_query_count_is_the_same_for_3_and_25_results(client, tree, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search import query

    # 25 matches are more than are ranked: bounding the ranking costs no extra statement.
    monkeypatch.setattr(query, "RANKED_MATCHES", 5)

    counts = []
    for word, count in (("lorem", 3), ("ipsum", 25)):
        for number in range(count):
            article(tree["fr"]["news"], f"{word} {number}", slug=f"{word}-{number}")
        client.get("/fr/recherche/", {"q": word})
        with CaptureQueriesContext(connection) as queries:
            client.get("/fr/recherche/", {"q": word})
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_search_box_sends_to_the_search_of_the_current_language(rf, site_tree):
    from django.template import Context, Template
    from django.utils import translation

    with translation.override("ar"):
        html = Template("{% load search_tags %}{% search_box %}").render(Context({"request": rf.get("/ar/")}))
    assert 'action="/ar/recherche/"' in html
