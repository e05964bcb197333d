"""The page frame (header, footer, SEO head) rendered once per content generation and kept
(core/templatetags/frame_tags.py): served again without rendering, never stale, never shared
between languages, pages or query strings."""

import re

import pytest

from tests.factories import standard_page

pytestmark = pytest.mark.django_db
FRAME = {"components/header.html", "newsletter/signup_block.html", "components/seo_head.html"}


def canonical(response):
    return re.search(r'<link rel="canonical" href="https?://[^/"]+(/[^"]*)">', response.content.decode()).group(1)


def frame_rendered(response):
    return FRAME & {template.name for template in response.templates}


def test_a_page_served_again_does_not_render_its_frame_again(client, site_tree):
    standard_page(site_tree["fr"], "Mandat", slug="mandat")
    first = client.get("/fr/mandat/")
    again = client.get("/fr/mandat/")

    assert frame_rendered(first) == FRAME
    assert frame_rendered(again) == set()
    assert again.content.decode().count('<header class="site-header">') == 1
    assert canonical(again) == "/fr/mandat/"


def test_a_page_published_in_the_menu_shows_in_every_kept_header(client, site_tree):
    standard_page(site_tree["fr"], "Mandat", slug="mandat")
    assert "Rapports" not in client.get("/fr/mandat/").content.decode()

    standard_page(site_tree["fr"], "Rapports", slug="rapports", show_in_menus=True)

    assert 'href="/fr/rapports/"' in client.get("/fr/mandat/").content.decode()


def test_each_page_and_language_has_its_own_frame(client, site_tree):
    standard_page(site_tree["fr"], "Mandat", slug="mandat")
    standard_page(site_tree["fr"], "Contact", slug="contact")
    client.get("/fr/mandat/")

    contact = client.get("/fr/contact/")
    arabic = client.get("/ar/").content.decode()

    assert canonical(contact) == "/fr/contact/"
    assert "/fr/mandat/" not in contact.content.decode()
    assert 'lang="ar"' in arabic and "Aller au contenu principal" not in arabic
    assert "Bulletin d’information" not in arabic


def test_an_address_with_a_query_string_renders_its_frame(client, site_tree):
    standard_page(site_tree["fr"], "Mandat", slug="mandat")
    client.get("/fr/mandat/")

    response = client.get("/fr/mandat/?utm_source=lettre")

    assert frame_rendered(response) == FRAME


def test_search_results_keep_the_query_in_the_header(client, site_tree):
    first = client.get("/fr/recherche/?q=torture").content.decode()
    second = client.get("/fr/recherche/?q=prison").content.decode()

    assert 'value="torture"' in first
    assert 'value="prison"' in second and 'value="torture"' not in second
