"""What caches may keep: public pages for anonymous readers, nothing personal."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import article, make_user, news_index

pytestmark = pytest.mark.django_db

PUBLIC = "public, max-age=60, s-maxage=600"


def private(response):
    directives = {part.strip().split("=")[0] for part in response["Cache-Control"].split(",")}
    return "private" in directives and directives & {"no-cache", "no-store"} and "public" not in directives


@pytest.fixture
def pages(site_tree):
    index = news_index(site_tree["fr"])
    return {"index": index, "article": article(index, "Visite à Tanger", slug="visite-tanger")}


def test_public_pages_set_no_cookie_and_say_how_long_caches_keep_them(client, pages):
    paths = ["/fr/", "/ar/", "/fr/actualites/", "/fr/actualites/?page=1", "/fr/actualites/visite-tanger/"]
    paths += ["/fr/actualites/rss/", "/fr/actualites/atom/", "/sitemap.xml"]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.cookies == {}, path
        assert "cookie" not in response.get("Vary", "").lower(), path
        assert response["Cache-Control"] == PUBLIC, path
    assert "Vary" not in client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="ar")  # one copy for every reader
    assert client.cookies == {}


def test_cache_lifetimes_come_from_the_settings(client, pages, settings):
    settings.CACHE_MAX_AGE, settings.CACHE_S_MAXAGE = 5, 3600
    assert client.get("/fr/actualites/")["Cache-Control"] == "public, max-age=5, s-maxage=3600"


def test_the_language_redirect_varies_on_accept_language_only(client, site_tree):
    client.cookies["django_language"] = "fr"  # a cookie does not choose the language
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,fr;q=0.5")
    assert (response.status_code, response["Location"]) == (302, "/ar/")
    assert response["Vary"] == "Accept-Language"
    assert response["Cache-Control"] == PUBLIC
    assert response.cookies == {}
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/fr/"


def test_signed_in_users_get_private_pages(client, pages):
    user = make_user("lectrice", password="mot-de-passe-long-1")
    client.force_login(user)
    for path in ("/fr/", "/fr/actualites/", "/fr/actualites/visite-tanger/"):
        assert private(client.get(path)), path


def test_previews_private_pages_search_and_newsletter_are_never_shared(client, pages):
    preview = pages["article"].make_preview_request()
    assert preview.status_code == 200 and private(preview)

    PageViewRestriction.objects.create(page=pages["article"], restriction_type="password", password="secret")
    response = client.get("/fr/actualites/visite-tanger/")
    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    assert private(response)

    for path in ("/fr/recherche/?q=tanger", "/fr/recherche/", "/fr/bulletin/", "/fr/bulletin/merci/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert private(response), path
        assert response.cookies == {}, path


def test_a_missing_page_is_not_shared(client, site_tree):
    response = client.get("/fr/nulle-part/")
    assert response.status_code == 404 and private(response)
