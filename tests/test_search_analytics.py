"""Searches are counted per language for the promotions admin, with nothing about the reader."""

import pytest
from wagtail.contrib.search_promotions.models import Query

from search.models import QueryLanguageHits
from tests.factories import article, bilingual_indexes, make_user


@pytest.fixture
def tree(site_tree):
    return bilingual_indexes(site_tree)


def test_each_search_feeds_wagtail_popular_queries_and_the_language_counts(client, tree):
    article(tree["fr"]["news"], "Torture")
    client.get("/fr/recherche/", {"q": "Torture"})
    client.get("/fr/recherche/", {"q": "torture"})
    client.get("/ar/recherche/", {"q": "torture"})
    query = Query.objects.get(query_string="torture")
    assert query.hits == 3  # what the promotions admin's "Search terms" report shows
    assert list(Query.get_most_popular()) == [query]
    by_language = {row.language: (row.hits, row.hits_without_results) for row in query.language_hits.all()}
    assert by_language == {"fr": (2, 0), "ar": (1, 1)}


def test_nothing_about_the_reader_is_stored(client, tree):
    client.get("/fr/recherche/", {"q": "asile"}, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Lecteur")
    fields = {field.name for field in QueryLanguageHits._meta.get_fields()}
    assert fields == {"id", "query", "language", "date", "hits", "hits_without_results"}


def test_filtered_pages_and_empty_queries_are_not_counted(client, tree):
    client.get("/fr/recherche/", {"q": "asile", "page": "2"})
    client.get("/fr/recherche/", {"q": "asile", "type": "news"})
    client.get("/fr/recherche/", {"q": "&&"})
    assert not Query.objects.exists()


@pytest.fixture
def admin_client(client, db):
    user = make_user("admin", email="admin@example.org", password="pw", superuser=True)
    client.force_login(user)
    return client


def test_report_lists_arabic_searches_that_found_nothing(admin_client, tree):
    article(tree["ar"]["news"], "السجون", slug="ar-prisons")
    for query in ("السجون", "السجون", "الزلزال"):
        admin_client.get("/ar/recherche/", {"q": query})
    admin_client.get("/fr/recherche/", {"q": "séisme"})
    html = admin_client.get("/admin/search/queries/", {"language": "ar", "without_results": "1"}).content.decode()
    assert "الزلزال" in html
    assert "السجون" not in html
    assert "séisme" not in html
    everything = admin_client.get("/admin/search/queries/", {"language": "ar"}).content.decode()
    assert everything.index("السجون") < everything.index("الزلزال")  # most searched first


def test_report_is_closed_to_editors_without_the_promotions_permission(client, tree):
    from django.contrib.auth.models import Permission

    user = make_user("editor", email="editor@example.org", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    refused = client.get("/admin/search/queries/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert "Recherches des lecteurs" not in client.get("/admin/reports/").content.decode()
    user.user_permissions.add(Permission.objects.get(codename="add_searchpromotion"))
    assert client.get("/admin/search/queries/").status_code == 200


def test_report_survives_bad_filters(admin_client, tree):
    response = admin_client.get("/admin/search/queries/", {"language": "xx", "days": "abc"})
    assert response.status_code == 200
