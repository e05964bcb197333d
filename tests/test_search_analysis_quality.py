"""The search analysis against the evaluation set (tests/data/search/pairs.tsv) and Lucene's light stemmers.

Targets: recall at least light10's on regular Arabic forms and at least
Lucene's French light stemmer's on French forms, 70 % or more on Arabic broken
plurals, and no more false matches than those stemmers on pairs of different words.
"""

import datetime

import pytest

from bench.search_analysis import evaluate, light10_and_french_light, load_pairs, ours
from tests.factories import article, bilingual_indexes

PAIRS = load_pairs()


@pytest.fixture(scope="module")
def scores():
    return evaluate("site", ours, PAIRS), evaluate("lucene", light10_and_french_light, PAIRS)


def recall(score, language, kind):
    found, total = score.rate(language, kind)
    return found / total


def test_evaluation_set_has_the_agreed_size():
    count = {}
    for pair in PAIRS:
        count[(pair.language, pair.kind)] = count.get((pair.language, pair.kind), 0) + 1
    assert count[("ar", "regular")] + count[("ar", "broken")] >= 60
    assert count[("fr", "regular")] >= 30
    assert count[("ar", "distinct")] + count[("fr", "distinct")] >= 20


def test_arabic_regular_forms_found_at_least_as_often_as_with_light10(scores):
    site, lucene = scores
    assert recall(site, "ar", "regular") >= recall(lucene, "ar", "regular"), site.misses.get(("ar", "regular"))


def test_arabic_broken_plurals_found_seven_times_in_ten(scores):
    site, _lucene = scores
    assert recall(site, "ar", "broken") >= 0.7, site.misses.get(("ar", "broken"))


def test_french_forms_found_at_least_as_often_as_with_lucene_french_light(scores):
    site, lucene = scores
    assert recall(site, "fr", "regular") >= recall(lucene, "fr", "regular"), site.misses.get(("fr", "regular"))


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_no_more_false_matches_than_lucene_light_stemmers(scores, language):
    site, lucene = scores
    assert site.rate(language, "distinct")[0] <= lucene.rate(language, "distinct")[0], site.misses.get(
        (language, "distinct")
    )


@pytest.fixture
def tree(site_tree):
    return bilingual_indexes(site_tree)


def found_titles(client, language, query):
    return [hit.entry.title for hit in client.get(f"/{language}/recherche/", {"q": query}).context["results"].hits]


# The forms readers could not find before, through the search page (SQLite or PostgreSQL).
READER_CASES = [
    ("ar", "الحريات", "الحرية"),
    ("ar", "المدارس", "مدرسة"),
    ("ar", "السجون", "سجن"),
    ("ar", "الحقوق", "حق"),
    ("ar", "المجلس الوطني لحقوق الإنسان", "حقوق"),
    ("fr", "détenus", "détenu"),
    ("fr", "réfugiées", "réfugié"),
    ("fr", "œuvrent", "oeuvrer"),
]


@pytest.mark.parametrize(("language", "in_page", "typed"), READER_CASES)
def test_reader_finds_the_page_whatever_form_they_type(client, tree, language, in_page, typed):
    article(tree[language]["news"], "Page", body_text=f"Texte {in_page} fin", date=datetime.date(2024, 1, 1))
    assert found_titles(client, language, typed) == ["Page"]


def test_different_words_that_a_root_stemmer_merges_do_not_match(client, tree):
    article(tree["ar"]["news"], "مكتب", body_text="افتتاح مكتب جهوي", slug="ar-office")
    article(tree["ar"]["news"], "محاكمة", body_text="محاكمة عادلة", slug="ar-trial")
    assert found_titles(client, "ar", "كتاب") == []
    assert found_titles(client, "ar", "المحاكم") == []


def test_postgres_stores_the_analysed_terms_without_stemming_them_again(client, tree, on_postgres):
    from django.db import connection

    page = article(tree["ar"]["news"], "الحريات", body_text="السجون")
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM search_searchentry WHERE page_id = %s", [page.pk])
        vector = cursor.fetchone()[0]
    assert "'حر':1A" in vector
    assert "'سجن'" in vector
