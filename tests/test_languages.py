import pytest
from django.test import override_settings
from wagtail.models import Locale

from home.models import HomePage
from tests.factories import standard_page, translate_page

pytestmark = pytest.mark.django_db


def test_root_redirects_to_french_by_default(client, site_tree):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_root_redirects_arabic_readers_to_arabic(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar-MA,ar;q=0.9,fr;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"


def test_root_with_unsupported_language_falls_back_to_french(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Location"] == "/fr/"


def test_french_home_is_left_to_right(client, site_tree):
    response = client.get("/fr/")
    assert response.status_code == 200
    assert b'<html lang="fr" dir="ltr">' in response.content
    assert b"Accueil" in response.content


def test_arabic_home_is_right_to_left_and_arabic(client, site_tree):
    response = client.get("/ar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "الانتقال إلى المحتوى الرئيسي" in html  # skip link, translated
    assert "حماية حقوق الإنسان" in html  # the Arabic home's own content


@pytest.mark.parametrize("path", ["/de/", "/en/", "/de/actualites/", "/zh-hans/", "/es/recherche/"])
def test_unknown_language_prefix_is_404(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 404


def test_french_page_without_prefix_redirects_into_french(client, site_tree):
    standard_page(site_tree["fr"], "Mandat", slug="mandat")
    response = client.get("/mandat/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/mandat/"


def test_third_language_needs_only_settings(client, site_tree):
    languages = [("fr", "Français"), ("ar", "العربية"), ("en", "English")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        english = Locale.objects.create(language_code="en")
        translate_page(site_tree["fr"], english, title="Home")
        response = client.get("/en/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="en" dir="ltr">' in html
        # The switcher offers all three languages, each by its own name.
        assert 'hreflang="en"' in html and 'hreflang="ar"' in html and 'hreflang="fr"' in html
        assert HomePage.objects.filter(locale=english).count() == 1
        # And the French home now links to the English one.
        assert 'href="/en/"' in client.get("/fr/").content.decode()


@pytest.mark.parametrize("path", ["/admin/no-such-view/", "/documents/999999/missing.pdf", "/media/nothing.png"])
def test_unprefixed_areas_answer_404_without_redirecting_into_french(admin_client, site_tree, path):
    response = admin_client.get(path)
    assert response.status_code == 404
