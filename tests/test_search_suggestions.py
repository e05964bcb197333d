"""When a search finds nothing: the site's closest words in the reader's language, and the other language's results."""

import pytest

from search.models import SearchWord
from tests.factories import article, bilingual_indexes


@pytest.fixture
def tree(site_tree):
    return bilingual_indexes(site_tree)


def test_misspelt_french_word_is_answered_with_the_word_the_site_uses(client, tree):
    article(tree["fr"]["news"], "Accueil des réfugiés", body_text="Les réfugiés et les demandeurs d’asile.")
    response = client.get("/fr/recherche/", {"q": "refugeis"})
    html = response.content.decode()
    assert response.context["results"].count == 0
    assert "Vouliez-vous dire :" in html
    assert [s["query"] for s in response.context["suggestions"]] == ["réfugiés"]
    assert 'href="/fr/recherche/?q=r%C3%A9fugi%C3%A9s"' in html


def test_misspelt_arabic_word_is_answered_in_arabic(client, tree):
    article(tree["ar"]["news"], "ملاحظة الانتخابات", body_text="ملاحظة الانتخابات التشريعية", slug="ar-elections")
    response = client.get("/ar/recherche/", {"q": "الانتخبات"})
    assert [s["query"] for s in response.context["suggestions"]][0] == "الانتخابات"
    assert "هل تقصد:" in response.content.decode()


def test_words_of_the_other_language_are_not_suggested(client, tree):
    article(tree["ar"]["news"], "Prisons السجون", body_text="prisons", slug="ar-mixed")
    response = client.get("/fr/recherche/", {"q": "prisns"})
    assert response.context["suggestions"] == []


def test_no_suggestion_when_the_search_finds_pages(client, tree):
    article(tree["fr"]["news"], "Réfugiés")
    response = client.get("/fr/recherche/", {"q": "réfugiés"})
    assert response.context["suggestions"] == []
    assert "Vouliez-vous dire" not in response.content.decode()


def test_other_language_results_are_counted_and_linked(client, tree):
    article(tree["fr"]["news"], "Torture", body_text="Prévention de la torture.", slug="fr-torture")
    html = client.get("/ar/recherche/", {"q": "torture"}).content.decode()
    assert 'href="/fr/recherche/?q=torture"' in html
    assert "نتيجة واحدة باللغة" in html


def test_arabic_results_counted_from_the_french_search(client, tree):
    article(tree["ar"]["news"], "السجون", body_text="زيارة السجون", slug="ar-prisons")
    article(tree["ar"]["news"], "السجن", body_text="السجن المحلي", slug="ar-prison")
    html = client.get("/fr/recherche/", {"q": "سجن"}).content.decode()
    assert "2 résultats en arabe pour cette recherche" in html
    assert 'href="/ar/recherche/?q=%D8%B3%D8%AC%D9%86"' in html


def test_rebuild_counts_the_pages_of_each_word(tree):
    from django.core.management import call_command

    article(tree["fr"]["news"], "Droits des femmes", slug="a1")
    article(tree["fr"]["news"], "Droits des enfants", slug="a2")
    SearchWord.objects.all().delete()
    call_command("rebuild_search_index", verbosity=0)
    assert SearchWord.objects.get(language="fr", word="droits").documents == 2
    assert not SearchWord.objects.filter(word="des").exists()  # stop word
