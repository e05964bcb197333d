"""What a reader finds: French and Arabic matching rules, ranking, language isolation."""

import datetime

import pytest

from tests.factories import article, bilingual_indexes, make_document, pdf_bytes, publication


@pytest.fixture
def tree(site_tree):
    return bilingual_indexes(site_tree)


def titles(response):
    return [hit.entry.title for hit in response.context["results"].hits]


def test_plural_query_finds_singular_word(client, tree):
    article(tree["fr"]["news"], "Journée d’étude", body_text="Le droit à un procès équitable.")
    assert titles(client.get("/fr/recherche/", {"q": "droits"})) == ["Journée d’étude"]


def test_query_without_accents_finds_accented_word(client, tree):
    article(tree["fr"]["news"], "Réunion régionale à Agadir")
    assert titles(client.get("/fr/recherche/", {"q": "reunion regionale"})) == ["Réunion régionale à Agadir"]


def test_accented_query_finds_word_typed_without_accents(client, tree):
    article(tree["fr"]["news"], "Visite", body_text="Une seance de travail avec les associations.")
    assert titles(client.get("/fr/recherche/", {"q": "séance"})) == ["Visite"]


def test_arabic_bare_word_finds_forms_with_article_and_conjunction(client, tree):
    article(tree["ar"]["news"], "ندوة", body_text="ندوة حول الحقوق الثقافية", slug="a1")
    article(tree["ar"]["news"], "لقاء", body_text="لقاء حول وحقوق الطفل", slug="a2")
    assert sorted(titles(client.get("/ar/recherche/", {"q": "حقوق"}))) == sorted(["ندوة", "لقاء"])


def test_arabic_query_with_diacritics_and_hamza_finds_plain_spelling(client, tree):
    article(tree["ar"]["news"], "تقرير", body_text="حماية حقوق الانسان")
    assert titles(client.get("/ar/recherche/", {"q": "الإِنْسَان"})) == ["تقرير"]


def test_arabic_query_finds_taa_marbuta_and_alef_maqsura_variants(client, tree):
    article(tree["ar"]["news"], "زيارة", body_text="زيارة الى المستشفى")
    response = client.get("/ar/recherche/", {"q": "زياره مستشفي"})
    assert titles(response) == ["زيارة"]


def test_arabic_query_never_returns_french_pages(client, tree):
    article(tree["fr"]["news"], "Droits humains حقوق", slug="fr-mixed")
    article(tree["ar"]["news"], "حقوق الإنسان", slug="ar-page")
    assert titles(client.get("/ar/recherche/", {"q": "حقوق"})) == ["حقوق الإنسان"]
    assert titles(client.get("/fr/recherche/", {"q": "حقوق"})) == ["Droits humains حقوق"]


def test_french_query_never_returns_arabic_pages(client, tree):
    article(tree["ar"]["news"], "Rapport CNDH تقرير", slug="ar-latin")
    assert titles(client.get("/fr/recherche/", {"q": "rapport"})) == []


def test_title_match_ranks_above_body_match(client, tree):
    article(tree["fr"]["news"], "Atelier", body_text="Un atelier sur la torture.", date=datetime.date(2025, 1, 1))
    article(tree["fr"]["news"], "Prévention de la torture", date=datetime.date(2020, 1, 1))
    assert titles(client.get("/fr/recherche/", {"q": "torture"})) == ["Prévention de la torture", "Atelier"]


def test_newer_page_first_when_relevance_ties(client, tree):
    article(tree["fr"]["news"], "Migrants 2019", summary="Les migrants", date=datetime.date(2019, 3, 1))
    article(tree["fr"]["news"], "Migrants 2024", summary="Les migrants", date=datetime.date(2024, 3, 1))
    assert titles(client.get("/fr/recherche/", {"q": "migrants"})) == ["Migrants 2024", "Migrants 2019"]


def test_french_verb_and_noun_forms_match_on_any_database(client, tree):
    article(tree["fr"]["news"], "Communiqué", body_text="Le Conseil a recommandé une réforme.")
    assert titles(client.get("/fr/recherche/", {"q": "recommandations"})) == ["Communiqué"]
    assert titles(client.get("/fr/recherche/", {"q": "recommander"})) == ["Communiqué"]
    assert titles(client.get("/fr/recherche/", {"q": "recommencer"})) == []


def test_arabic_suffixed_forms_match_on_any_database(client, tree):
    article(tree["ar"]["news"], "بلاغ", body_text="احترام حقوقهم")
    assert titles(client.get("/ar/recherche/", {"q": "الحقوق"})) == ["بلاغ"]


def test_results_are_filtered_by_kind_and_year(client, tree):
    article(tree["fr"]["news"], "Observation des élections", date=datetime.date(2021, 9, 8))
    publication(tree["fr"]["publications"], "Rapport sur les élections", date=datetime.date(2022, 1, 10))
    assert titles(client.get("/fr/recherche/", {"q": "elections", "type": "publication"})) == [
        "Rapport sur les élections"
    ]
    assert titles(client.get("/fr/recherche/", {"q": "elections", "year": "2021"})) == ["Observation des élections"]


def test_title_match_ranks_above_a_newer_page_that_has_the_word_only_in_its_pdf(client, tree):
    doc = make_document("Rapport", content=pdf_bytes("Rapport sur la surpopulation carcerale"))
    publication(tree["fr"]["publications"], "Annexe statistique", document=doc, date=datetime.date(2025, 6, 1))
    article(tree["fr"]["news"], "La surpopulation carcérale", date=datetime.date(2019, 6, 1))
    assert titles(client.get("/fr/recherche/", {"q": "surpopulation"})) == [
        "La surpopulation carcérale",
        "Annexe statistique",
    ]


def test_only_the_newest_matches_are_ranked_older_ones_follow_by_date(client, tree, monkeypatch):
    from search import query

    monkeypatch.setattr(query, "RANKED_MATCHES", 2)
    article(tree["fr"]["news"], "Torture : rapport de 2018", date=datetime.date(2018, 1, 1))
    article(tree["fr"]["news"], "Atelier 2023", body_text="Prévenir la torture.", date=datetime.date(2023, 1, 1))
    article(tree["fr"]["news"], "Visite 2024", body_text="Contre la torture.", date=datetime.date(2024, 1, 1))
    article(tree["fr"]["news"], "Torture : rapport de 2022", date=datetime.date(2022, 1, 1))
    # Ranked: the two newest (2024, 2023) by relevance then date; then the older ones, newest first.
    assert titles(client.get("/fr/recherche/", {"q": "torture"})) == [
        "Visite 2024",
        "Atelier 2023",
        "Torture : rapport de 2022",
        "Torture : rapport de 2018",
    ]
    monkeypatch.setattr(query, "RANKED_MATCHES", 10)
    assert titles(client.get("/fr/recherche/", {"q": "torture"})) == [
        "Torture : rapport de 2022",
        "Torture : rapport de 2018",
        "Visite 2024",
        "Atelier 2023",
    ]


def _all_pages(language, word, per_page):
    """Every page of results for `word`, as run_search returns them: (count of each page, titles)."""
    from core.content_cache import restricted_paths
    from search.query import run_search
    from search.text import query_terms

    counts, found = [], []
    for number in range(1, 10):
        results, page_number = run_search(
            language, query_terms(word), restricted_paths(), page_number=number, per_page=per_page
        )
        if page_number != number:
            break
        counts.append(results.count)
        found += [hit.entry.title for hit in results.hits]
    return counts, found


def test_bounded_ranking_pages_through_every_match_with_the_exact_count(tree, monkeypatch):
    from search import query

    monkeypatch.setattr(query, "RANKED_MATCHES", 3)
    news = tree["fr"]["news"]
    article(news, "Torture : rapport de 2016", date=datetime.date(2016, 1, 1))
    article(news, "Atelier 2025", body_text="Prévenir la torture.", date=datetime.date(2025, 1, 1))
    article(news, "Torture : avis de 2024", date=datetime.date(2024, 1, 1))
    article(news, "Visite 2023", body_text="Contre la torture.", date=datetime.date(2023, 1, 1))
    article(news, "Torture : étude de 2021", date=datetime.date(2021, 1, 1))
    article(news, "Séminaire 2020", body_text="La torture.", date=datetime.date(2020, 1, 1))
    article(news, "Torture : mémorandum de 2019", date=datetime.date(2019, 1, 1))
    counts, found = _all_pages("fr", "torture", per_page=2)
    assert counts == [7, 7, 7, 7]
    # The three newest (2025, 2024, 2023) by relevance, title first; every older one after them by date,
    # though four of them have the word in their title.
    assert found == [
        "Torture : avis de 2024",
        "Atelier 2025",
        "Visite 2023",
        "Torture : étude de 2021",
        "Séminaire 2020",
        "Torture : mémorandum de 2019",
        "Torture : rapport de 2016",
    ]


def test_ranking_bound_falls_between_pages_of_the_same_date_by_creation_order(tree, monkeypatch):
    from search import query

    monkeypatch.setattr(query, "RANKED_MATCHES", 2)
    day = datetime.date(2024, 6, 1)
    news = tree["fr"]["news"]
    article(news, "Torture : premier avis", date=day)
    article(news, "Deuxième atelier", body_text="Prévenir la torture.", date=day)
    article(news, "Torture : troisième avis", date=day)
    article(news, "Quatrième visite", body_text="Contre la torture.", date=day)
    article(news, "Cinquième rapport", body_text="La torture.", date=datetime.date(2010, 1, 1))
    counts, found = _all_pages("fr", "torture", per_page=10)
    assert counts == [5]
    # Same date: the later pages are the newer ones; the two latest are ranked, the first title match is not.
    assert found == [
        "Torture : troisième avis",
        "Quatrième visite",
        "Deuxième atelier",
        "Torture : premier avis",
        "Cinquième rapport",
    ]


def test_undated_matches_count_as_the_oldest_for_the_ranking_bound(tree, monkeypatch):
    from search import query
    from search.models import SearchEntry

    monkeypatch.setattr(query, "RANKED_MATCHES", 2)
    news = tree["fr"]["news"]
    article(news, "Torture : ancien avis", date=datetime.date(2015, 1, 1))
    undated = [
        article(news, "Atelier sans date", body_text="Prévenir la torture."),
        article(news, "Torture : note sans date"),
        article(news, "Visite sans date", body_text="Contre la torture."),
    ]
    SearchEntry.objects.filter(page__in=undated).update(date=None)
    counts, found = _all_pages("fr", "torture", per_page=10)
    assert counts == [4]
    # Newest first: the dated page, then the undated ones from the latest created; the two newest are ranked.
    assert found == [
        "Torture : ancien avis",
        "Visite sans date",
        "Torture : note sans date",
        "Atelier sans date",
    ]


def test_ranking_reads_the_title_vectors_of_the_newest_matches_only(tree, monkeypatch, on_postgres):
    """A word found on most pages: no step of the ranked statement carries every match's title vector."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search import query

    monkeypatch.setattr(query, "RANKED_MATCHES", 2)
    for year in range(2015, 2023):
        article(tree["fr"]["news"], f"Torture {year}", date=datetime.date(year, 1, 1))
    with CaptureQueriesContext(connection) as queries:
        counts, found = _all_pages("fr", "torture", per_page=10)
    assert counts == [8]
    assert found == [f"Torture {year}" for year in range(2022, 2014, -1)]
    ranked = next(q["sql"] for q in queries.captured_queries if "ts_rank_cd" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) " + ranked)
        plan = cursor.fetchone()[0]
        if isinstance(plan, str):
            import json

            plan = json.loads(plan)

    def nodes(node):
        yield node
        for child in node.get("Plans", ()):
            yield from nodes(child)

    steps = list(nodes(plan[0]["Plan"]))
    # Before the bound, a window over every match kept its title vector through a sort: eight here.
    carrying = [
        (step["Node Type"], step["Actual Rows"])
        for step in steps
        if "search_searchentry.rank_vector" in step.get("Output", ())
    ]
    assert carrying == []
    # The count is a plain count of the matches, not a window over them.
    assert not [step for step in steps if step["Node Type"] == "WindowAgg"]
