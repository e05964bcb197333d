"""The page frame (header, footer, SEO head) rendered once per content generation and kept
(core/templatetags/fragment_tags.py): served again without rendering, never stale, never shared
between languages, pages or query strings."""

import re

import pytest
from wagtail.images.rect import Rect

from tests.factories import article, make_image, news_index, standard_page

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

    # The SEO head names the address (a listing's page and filters); header and footer do not.
    assert frame_rendered(response) == {"components/seo_head.html"}


def test_a_query_string_never_reaches_a_kept_header(client, site_tree):
    standard_page(site_tree["fr"], "Mandat", slug="mandat")

    poisoned = client.get("/fr/mandat/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E").content.decode()
    plain = client.get("/fr/mandat/").content.decode()

    for html in (poisoned, plain):
        assert 'id="search-box-q" type="search" name="q" value=""' in html
        assert "alert(1)" not in html


def test_search_results_keep_the_query_in_the_header(client, site_tree):
    first = client.get("/fr/recherche/?q=torture").content.decode()
    second = client.get("/fr/recherche/?q=prison").content.decode()

    assert 'value="torture"' in first
    assert 'value="prison"' in second and 'value="torture"' not in second


def picture_sources(html):
    return sorted(re.findall(r'srcset="([^"]+)"', html))


def test_cards_of_a_listing_shown_again_are_not_rendered_again(client, site_tree):
    index = news_index(site_tree["fr"])
    for n in range(3):
        article(index, f"Article {n}", slug=f"article-{n}")
    first = client.get("/fr/actualites/")
    again = client.get("/fr/actualites/")

    def dates(response):
        return [template.name for template in response.templates].count("components/date.html")

    assert dates(first) == 3 and dates(again) == 0
    assert again.content.decode().count('class="card__title"') == 3


def test_a_card_keeps_the_heading_level_of_where_it_is_shown(client, site_tree):
    article(news_index(site_tree["fr"]), "Visite", slug="visite")

    listing = client.get("/fr/actualites/").content.decode()
    home = client.get("/fr/").content.decode()

    assert '<h2 class="card__title" dir="auto"><a href="/fr/actualites/visite/">' in listing
    assert '<h3 class="card__title" dir="auto"><a href="/fr/actualites/visite/">' in home


def test_a_republished_article_shows_its_new_body(client, site_tree):
    page = article(news_index(site_tree["fr"]), "Visite", slug="visite", body_text="Premier récit")
    assert "Premier récit" in client.get("/fr/actualites/visite/").content.decode()

    page.body = [("paragraph", "<p>Récit corrigé</p>")]
    page.save_revision().publish()

    html = client.get("/fr/actualites/visite/").content.decode()
    assert "Récit corrigé" in html and "Premier récit" not in html


def test_an_edited_image_is_shown_with_its_new_renditions(client, site_tree):
    image = make_image("Portrait", width=400, height=300)
    article(news_index(site_tree["fr"]), "Visite", slug="visite", main_image=image)
    before = picture_sources(client.get("/fr/actualites/").content.decode())

    image.set_focal_point(Rect(0, 0, 100, 100))
    image.save()

    after = picture_sources(client.get("/fr/actualites/").content.decode())
    assert before and after and before != after
