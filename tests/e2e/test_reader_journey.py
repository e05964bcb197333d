"""A reader finds news in French and Arabic: menu, filters, article, language switch, search, phone width."""

import datetime

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def news_site(reader_site):
    """French and Arabic news indexes, two themes, articles over two years; one article translated."""
    from wagtail.models import Locale

    from search.models import SearchEntry
    from tests.factories import article, make_theme, news_index, translate_page

    fr_home = reader_site["fr_home"]
    ar = Locale.objects.get(language_code="ar")
    fr = fr_home.locale
    women = make_theme(fr, "Droits des femmes", "droits-des-femmes")
    prisons = make_theme(fr, "Prisons", "prisons")
    make_theme(ar, "حقوق النساء", "droits-des-femmes", translation_of=women)
    make_theme(ar, "السجون", "prisons", translation_of=prisons)
    index = news_index(fr_home)
    ar_home = fr_home.get_translation(ar)
    translate_page(index, ar, title="الأخبار")
    assert ar_home.get_children().filter(slug="actualites").exists()
    visit = article(
        index,
        "Visite du centre de Salé",
        date=datetime.date(2025, 6, 12),
        themes=[prisons],
        summary="Une délégation du Conseil a visité le centre.",
        body=[("paragraph", "<p>La délégation a rencontré les pensionnaires du quartier agricole.</p>")],
    )
    article(index, "Parité dans la fonction publique", date=datetime.date(2025, 3, 8), themes=[women])
    article(index, "Rapport sur les prisons 2024", date=datetime.date(2024, 11, 2), themes=[prisons])
    translate_page(
        visit,
        ar,
        title="زيارة مركز سلا",
        summary="زار وفد من المجلس المركز.",
        body=[("paragraph", "<p>التقى الوفد بنزلاء الحي الفلاحي.</p>")],
    )
    # Publishing indexes each page for the site search (search.signals); the journey relies on it.
    assert SearchEntry.objects.filter(page_id=visit.pk).exists()
    return {"visit": visit}


def has_no_horizontal_scrolling(tab):
    return tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_reader_filters_news_opens_an_article_and_reads_it_in_arabic(tab, news_site):
    tab.goto("/fr/")
    tab.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Actualités").click()
    tab.wait_for_url("**/fr/actualites/")
    assert tab.get_by_role("heading", level=1).inner_text() == "Actualités"
    assert tab.locator(".card-list > li").count() == 3

    filters = tab.get_by_role("search", name="Filtrer la liste")
    filters.get_by_label("Thème").select_option(label="Prisons")
    filters.get_by_label("Année").select_option("2025")
    filters.get_by_role("button", name="Filtrer").click()
    tab.wait_for_url("**/fr/actualites/?*theme=prisons*")
    cards = tab.locator(".card-list > li")
    assert cards.count() == 1
    assert "Visite du centre de Salé" in cards.inner_text()

    cards.get_by_role("link", name="Visite du centre de Salé").click()
    tab.wait_for_url("**/fr/actualites/visite-du-centre-de-sale/")
    assert tab.get_by_role("heading", level=1).inner_text() == "Visite du centre de Salé"
    assert "quartier agricole" in tab.locator("main").inner_text()

    tab.get_by_role("navigation", name="Choix de la langue").get_by_role("link", name="العربية").click()
    tab.wait_for_url("**/ar/actualites/visite-du-centre-de-sale/")
    assert tab.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert tab.get_by_role("heading", level=1).inner_text() == "زيارة مركز سلا"
    assert "الحي الفلاحي" in tab.locator("main").inner_text()


def test_reader_finds_an_article_by_a_word_of_its_body(tab, news_site):
    tab.goto("/fr/recherche/")
    form = tab.locator("main").get_by_role("search")
    form.get_by_label("Rechercher sur le site").fill("pensionnaires")
    form.get_by_role("button", name="Rechercher", exact=True).click()
    tab.wait_for_url("**/fr/recherche/?q=pensionnaires*")
    results = tab.locator("main")
    results.get_by_role("link", name="Visite du centre de Salé").click()
    tab.wait_for_url("**/fr/actualites/visite-du-centre-de-sale/")
    assert tab.get_by_role("heading", level=1).inner_text() == "Visite du centre de Salé"


@pytest.mark.parametrize(
    "path",
    [
        "/fr/actualites/",
        "/fr/actualites/visite-du-centre-de-sale/",
        "/ar/actualites/",
        "/ar/actualites/visite-du-centre-de-sale/",
    ],
)
def test_news_on_a_phone_has_no_horizontal_scrolling(open_tab, news_site, path):
    tab = open_tab(viewport=PHONE)
    response = tab.goto(path)
    assert response.status == 200
    assert tab.locator(".card-list, article").first.is_visible()
    assert has_no_horizontal_scrolling(tab), tab.evaluate(
        "({page: document.documentElement.scrollWidth, view: window.innerWidth})"
    )
