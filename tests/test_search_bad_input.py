"""Whatever a reader or a robot types, the search page answers with a page, never a 500."""

import pytest

from tests.factories import article, bilingual_indexes


@pytest.fixture
def tree(site_tree):
    index = bilingual_indexes(site_tree)
    article(index["fr"]["news"], "Droits des femmes", body_text="Égalité et parité.")
    article(index["ar"]["news"], "حقوق المرأة", body_text="المساواة والمناصفة")
    return index


BAD_QUERIES = [
    "",
    "   ",
    "?!;,.",
    "droits & | ! : * ( ) <-> femmes",
    "droits:* & !femmes",
    "'droits' \"femmes\"",
    '"unterminated',
    "'; DROP TABLE search_searchentry; --",
    "1 OR 1=1",
    "droits حقوق",
    "حُقُوقُ الْمَرْأَةِ",
    "\u200f\u202eحقوق",
    "\x00\x01droits",
    "💥🚀",
    "a" * 2000,
    "droits " * 400,
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_bad_query_gets_a_page(client, tree, query, language):
    response = client.get(f"/{language}/recherche/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": "droits", "page": "abc"},
        {"q": "droits", "page": "-3"},
        {"q": "droits", "page": "999999999999999999999"},
        {"q": "droits", "page": "40"},
        {"q": "droits", "type": "'; select 1"},
        {"q": "droits", "type": "secret"},
        {"q": "droits", "year": "20x4"},
        {"q": "droits", "year": "99999"},
        {"q": ["droits", "femmes"]},
    ],
)
def test_invalid_page_and_filters_are_ignored(client, tree, params):
    response = client.get("/fr/recherche/", params)
    assert response.status_code == 200
    assert [hit.entry.title for hit in response.context["results"].hits] == ["Droits des femmes"]


def test_too_long_query_is_cut_with_a_visible_note(client, tree):
    response = client.get("/fr/recherche/", {"q": "droits " + "x" * 2000})
    assert "seuls les 200 premiers caractères" in response.content.decode()
    assert len(response.context["query"]) <= 200


def test_punctuation_only_asks_for_a_word(client, tree):
    response = client.get("/fr/recherche/", {"q": "&|!()"})
    assert "Saisissez au moins un mot" in response.content.decode()


def test_query_is_escaped_in_the_page(client, tree):
    response = client.get("/fr/recherche/", {"q": '<script>alert("x")</script>'})
    assert "<script>alert" not in response.content.decode()


def test_post_is_refused(client, tree):
    assert client.post("/fr/recherche/", {"q": "droits"}).status_code == 405


def test_arabic_query_with_diacritics_finds_the_page(client, tree):
    response = client.get("/ar/recherche/", {"q": "حُقُوقُ الْمَرْأَةِ"})
    assert [hit.entry.title for hit in response.context["results"].hits] == ["حقوق المرأة"]
