import re

import pytest

from tests.factories import standard_page, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site_tree, locales):
    fr_home, ar_home = site_tree["fr"], site_tree["ar"]
    about = standard_page(fr_home, "Le Conseil", slug="le-conseil", show_in_menus=True)
    mandate = standard_page(about, "Mandat", slug="mandat", show_in_menus=True)
    untranslated = standard_page(about, "Composition", slug="composition", show_in_menus=True)
    ar_about = translate_page(about, locales["ar"], title="المجلس")
    ar_mandate = translate_page(mandate, locales["ar"], title="الولاية")
    return locals()


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)[i][::-1] for i in range(nav.count("<a ")))


def test_switcher_goes_to_the_live_translation(client, pages):
    html = client.get("/fr/le-conseil/mandat/").content.decode()
    assert switcher_links(html) == {"fr": "/fr/le-conseil/mandat/", "ar": "/ar/le-conseil/mandat/"}
    html = client.get("/ar/le-conseil/mandat/").content.decode()
    assert switcher_links(html)["fr"] == "/fr/le-conseil/mandat/"


def switcher_note(html, code):
    match = re.search(rf'<small class="language-switcher__note" id="language-note-{code}"[^>]*>([^<]*)</small>', html)
    return match.group(1) if match else None


def test_switcher_on_an_untranslated_page_says_so_and_goes_to_the_nearest_translated_section(client, pages):
    html = client.get("/fr/le-conseil/composition/").content.decode()
    assert switcher_links(html)["ar"] == "/ar/le-conseil/"
    # Said in Arabic, to the reader who wants Arabic, and tied to the link for screen readers.
    assert switcher_note(html, "ar") == "صفحة غير مترجمة: ستنتقل إلى أقرب قسم."
    assert 'aria-describedby="language-note-ar"' in html
    assert 'lang="ar" dir="rtl">صفحة غير مترجمة' in html


def test_switcher_on_a_translated_page_has_no_notice(client, pages):
    html = client.get("/fr/le-conseil/mandat/").content.decode()
    assert switcher_note(html, "ar") is None
    assert switcher_note(html, "fr") is None


def test_switcher_goes_to_other_home_when_no_ancestor_is_translated(client, pages):
    lone = standard_page(pages["fr_home"], "Appel à candidatures", slug="appel")
    standard_page(lone, "Règlement", slug="reglement")
    html = client.get("/fr/appel/reglement/").content.decode()
    assert switcher_links(html)["ar"] == "/ar/"
    assert switcher_note(html, "ar")


def test_switcher_ignores_draft_translation(client, pages, locales):
    draft = translate_page(pages["untranslated"], locales["ar"], publish=False, title="التركيبة")
    assert not draft.live
    html = client.get("/fr/le-conseil/composition/").content.decode()
    assert switcher_links(html)["ar"] == "/ar/le-conseil/"
    assert switcher_note(html, "ar")


def test_breadcrumbs_in_french(client, pages):
    html = client.get("/fr/le-conseil/mandat/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert "Vous êtes ici :" in crumbs
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", crumbs)).strip()
    assert text == "Vous êtes ici : Accueil Le Conseil Mandat"
    assert 'href="/fr/"' in crumbs and 'href="/fr/le-conseil/"' in crumbs
    assert '<span aria-current="page">Mandat</span>' in crumbs


def test_breadcrumbs_in_arabic(client, pages):
    html = client.get("/ar/le-conseil/mandat/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", crumbs)).strip()
    assert text == "أنت هنا: الرئيسية المجلس الولاية"


def test_no_breadcrumbs_on_home(client, pages):
    assert 'class="breadcrumbs' not in client.get("/fr/").content.decode()


def test_main_navigation_lists_menu_pages_of_the_language(client, pages):
    fr = client.get("/fr/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', fr, re.S).group(0)
    assert "Le Conseil" in nav and "المجلس" not in nav
    ar = client.get("/ar/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', ar, re.S).group(0)
    assert "المجلس" in nav and "Le Conseil" not in nav


def test_frame_has_skip_link_text_size_buttons_and_back_to_top(client, pages):
    html = client.get("/fr/le-conseil/").content.decode()
    assert '<a class="skip-link" href="#main-content">Aller au contenu principal</a>' in html
    assert 'id="main-content"' in html
    assert re.search(r'<button type="button" data-text-size="down"[^>]*>Réduire</button>', html)
    assert re.search(r'<button type="button" data-text-size="up"[^>]*>Agrandir</button>', html)
    assert 'href="#top">Haut de page</a>' in html


def test_frame_loads_nothing_from_another_host(client, pages):
    html = client.get("/ar/").content.decode()
    # Canonical and hreflang links name the site's own absolute URLs; they load nothing.
    html = re.sub(r'<link rel="(?:canonical|alternate)"[^>]*>', "", html)
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not url.startswith(("http://", "https://", "//")), url


def test_side_menu_lists_sibling_pages(client, pages):
    mandate = pages["mandate"]
    mandate.show_side_menu = True
    mandate.save_revision().publish()
    html = client.get("/fr/le-conseil/mandat/").content.decode()
    aside = re.search(r'<nav class="side-menu".*?</nav>', html, re.S).group(0)
    assert "Composition" in aside and 'aria-current="page">Mandat' in aside
