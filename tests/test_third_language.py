"""A third language (Amazigh in Tifinagh, `zgh`) added by settings and a catalogue alone.

The site's code names no language but in its configuration: a deployment adds `zgh` to
LANGUAGES (EXTRA_LANGUAGES), ships locale/zgh/, creates the locale and translates the home;
readers then get /zgh/ pages, left to right, in the switcher, hreflang and search.
"""

import re

import polib
import pytest
from wagtail.models import Locale

from tests.factories import standard_page, translate_page

pytestmark = pytest.mark.django_db

AMAZIGH = ("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ")


@pytest.fixture
def amazigh(settings, tmp_path, site_tree):
    # The deployment's catalogue: Django serves a language only if it has one.
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "zgh"}
    catalogue.append(polib.POEntry(msgid="Choix de la langue", msgstr="ⴰⵙⵜⴰⵢ ⵏ ⵜⵓⵜⵍⴰⵢⵜ"))
    catalogue.append(polib.POEntry(msgid="Rechercher", msgstr="ⵔⵣⵓ"))
    messages = tmp_path / "zgh" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    catalogue.save_as_mofile(str(messages / "django.mo"))
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS, tmp_path]
    settings.LANGUAGES = [*settings.LANGUAGES, AMAZIGH]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES

    locale = Locale.objects.create(language_code="zgh")
    home = translate_page(site_tree["fr"], locale, title="ⴰⵙⵏⵓⴱⴳ", slug="asnubg")
    council = standard_page(site_tree["fr"], "Le Conseil", slug="le-conseil", summary="Mandat.")
    translate_page(council, locale, title="ⴰⴳⵔⴰⵡ", summary="ⴰⵙⵡⵓⵔ ⵏ ⵓⴳⵔⴰⵡ ⴰⵏⴰⵎⵓⵔ.")
    return {"locale": locale, "home": home, "council": council}


def test_amazigh_pages_are_served_under_their_prefix_left_to_right(client, amazigh):
    response = client.get("/zgh/le-conseil/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html lang="zgh" dir="ltr"', html)
    assert "<h1" in html and "ⴰⴳⵔⴰⵡ" in html
    # The interface speaks the catalogue's Amazigh where it has a translation.
    assert 'aria-label="ⴰⵙⵜⴰⵢ ⵏ ⵜⵓⵜⵍⴰⵢⵜ"' in html
    assert client.get("/zgh/").status_code == 200


def test_switcher_and_hreflang_offer_the_third_language(client, amazigh):
    html = client.get("/fr/le-conseil/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert '<a href="/zgh/le-conseil/" lang="zgh" hreflang="zgh">ⵜⴰⵎⴰⵣⵉⵖⵜ</a>' in switcher
    assert re.search(r'<link rel="alternate" hreflang="zgh" href="[^"]*/zgh/le-conseil/">', html)


def test_search_in_the_third_language_finds_its_pages_only(client, amazigh):
    html = client.get("/zgh/recherche/", {"q": "ⴰⴳⵔⴰⵡ"}).content.decode()
    assert 'href="/zgh/le-conseil/"' in html
    assert 'href="/fr/le-conseil/"' not in html
    french = client.get("/fr/recherche/", {"q": "ⴰⴳⵔⴰⵡ"}).content.decode()
    assert 'href="/zgh/le-conseil/"' not in french


def test_tifinagh_is_drawn_with_a_font_served_by_the_site(client, amazigh):
    from django.contrib.staticfiles import finders

    stylesheet = open(finders.find("css/site.css"), encoding="utf-8").read()
    face = re.search(r"@font-face \{[^}]*noto-sans-tifinagh[^}]*\}", stylesheet).group(0)
    assert "unicode-range: U+2D30-2D7F" in face
    assert finders.find("fonts/noto-sans-tifinagh-400.woff2")
    assert "fonts.googleapis" not in stylesheet


def test_status_report_and_command_cover_the_third_language(client, amazigh, site_tree, role_users, capsys):
    import json

    from django.core.management import call_command
    from django.urls import reverse

    standard_page(site_tree["fr"], "Mandat", slug="mandat")
    call_command("translation_status", "--json", "--language", "zgh")
    report = json.loads(capsys.readouterr().out)
    states = {page["title"]: (page["target_language"], page["state"]) for page in report["pages"]}
    assert states == {"Le Conseil": ("zgh", "live_current"), "Mandat": ("zgh", "missing")}

    client.force_login(role_users["moderator"])
    html = client.get(reverse("translation_status_report")).content.decode()
    assert html.count('<td lang="zgh">') == 2  # each page, as translated into Amazigh
