"""A reader on the page frame: text size, back to top, skip link, phone width, language switch."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 360, "height": 740}


def root_font_size(tab):
    return tab.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")


def test_text_size_controls_enlarge_shrink_and_are_remembered(tab, reader_site):
    tab.goto("/fr/le-conseil/")
    start = root_font_size(tab)
    enlarge = tab.get_by_role("button", name="Agrandir")
    enlarge.click()
    enlarge.click()
    enlarged = root_font_size(tab)
    assert enlarged > start
    tab.get_by_role("button", name="Réduire").click()
    chosen = root_font_size(tab)
    assert start < chosen < enlarged
    tab.goto("/fr/")
    assert root_font_size(tab) == chosen


def test_back_to_top_returns_to_the_top(tab, reader_site):
    tab.goto("/fr/le-conseil/")
    tab.get_by_role("link", name="Haut de page").scroll_into_view_if_needed()
    assert tab.evaluate("window.scrollY") > 500
    tab.get_by_role("link", name="Haut de page").click()
    tab.wait_for_function("window.scrollY === 0")
    assert tab.get_by_role("button", name="Agrandir").is_visible()


def test_skip_link_takes_keyboard_users_to_the_content(tab, reader_site):
    tab.goto("/fr/le-conseil/")
    tab.keyboard.press("Tab")
    skip = tab.get_by_role("link", name="Aller au contenu principal")
    assert skip.evaluate("element => element === document.activeElement")
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0  # shown on screen once focused
    tab.keyboard.press("Enter")
    tab.wait_for_function("location.hash === '#main-content'")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.getElementById('main-content').contains(document.activeElement)") or tab.evaluate(
        "document.querySelector('footer').contains(document.activeElement)"
    )
    assert not tab.evaluate("document.querySelector('header').contains(document.activeElement)")


@pytest.mark.parametrize("path", ["/fr/", "/ar/", "/fr/le-conseil/", "/ar/le-conseil/", "/ar/bulletin/"])
def test_phone_width_has_no_horizontal_scrolling(open_tab, reader_site, path):
    tab = open_tab(viewport=PHONE)
    tab.goto(path)
    widths = tab.evaluate(
        "({page: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth})"
    )
    assert widths["page"] <= widths["view"] and widths["body"] <= widths["view"], widths


def test_language_switch_keeps_the_reader_on_the_translated_page(tab, reader_site):
    tab.goto("/fr/le-conseil/")
    tab.get_by_role("navigation", name="Choix de la langue").get_by_role("link", name="العربية").click()
    tab.wait_for_url("**/ar/le-conseil/")
    assert tab.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert tab.get_by_role("heading", level=1).inner_text() == "المجلس"
    tab.get_by_role("navigation", name="اختيار اللغة").get_by_role("link", name="Français").click()
    tab.wait_for_url("**/fr/le-conseil/")
    assert tab.get_by_role("heading", level=1).inner_text() == "Le Conseil"
