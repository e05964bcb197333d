"""An editor writes an article in the admin, previews it and submits it; a moderator approves; readers see it.

On the way the editor types the date the French way and sees it kept, and sees each block's preview
and description in the block picker before inserting it.
"""

import datetime

import pytest

from tests.e2e.admin_steps import footer_action, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def newsroom(reader_site):
    from editorial import roles
    from tests.factories import make_image, make_user, news_index

    index = news_index(reader_site["fr_home"])
    make_image("Salle d’audience", width=800, height=533)
    return {
        "index": index,
        "editor": make_user("redactrice", roles.COMMUNICATION, first_name="Salma"),
        "moderator": make_user("moderateur", roles.MODERATORS, first_name="Karim"),
    }


def insert_block(tab, label, preview_text=None):
    """Picks a block; with `preview_text`, first checks the picker previews it, with its description."""
    tab.locator('button[title="Insérer un bloc"]').last.click()
    option = tab.get_by_role("option", name=label, exact=True)
    if preview_text:
        tab.locator(".w-combobox__option-row").filter(has=option).locator(".w-combobox__option-preview").click()
        preview = tab.locator(".w-combobox-preview")
        preview.locator(".w-combobox-preview__label", has_text=label).wait_for()
        assert preview.locator(".w-combobox-preview__description").inner_text()
        tab.frame_locator(".w-combobox-preview__iframe").get_by_text(preview_text).wait_for()
    option.click()


def fill_table(tab, table, rows):
    for row_number, row in enumerate(rows):
        for col_number, text in enumerate(row):
            table.locator("tbody tr").nth(row_number).locator("td").nth(col_number).dblclick()
            tab.keyboard.type(text)
            tab.keyboard.press("Enter")


def test_communication_editor_writes_an_article_a_moderator_approves_it(open_tab, newsroom):
    from news.models import ArticlePage

    tab = open_tab()
    log_in(tab, "redactrice")
    tab.goto(f"/admin/pages/{newsroom['index'].pk}/")
    tab.get_by_role("link", name="Ajouter une sous-page").first.click()
    tab.wait_for_url(f"**/admin/pages/add/news/articlepage/{newsroom['index'].pk}/")
    tab.locator("#id_title").fill("Journée portes ouvertes")
    tab.locator("#id_summary").fill("Le Conseil ouvre ses portes au public.")
    assert tab.locator("#id_date").input_value()  # today, filled in by the form
    for typed in ("31/02/2026", "15/03/2026"):  # an impossible date is not rolled over to March either
        tab.locator("#id_date").fill(typed)
        tab.locator("#id_summary").click()  # leaving the field: the picker keeps what was typed
        assert tab.locator("#id_date").input_value() == typed
    insert_block(tab, "Paragraphe", preview_text="Le Conseil veille à la protection")
    editor = tab.locator("#body-root [contenteditable=true]").last
    editor.click()
    editor.type("Les visiteurs ont découvert les salles d’audience.")
    insert_block(tab, "Citation", preview_text="La dignité humaine est le fondement de tous les droits.")
    tab.locator("#body-1-value-text").fill("Chaque visite rapproche le Conseil des citoyens.")
    tab.locator("#body-1-value-attribution").fill("La présidente")
    insert_block(tab, "Tableau")
    assert tab.locator("#body-2-value-table-header-choice").input_value() == "row"  # a header row by default
    tab.locator("#body-2-value-handsontable-col-caption").fill("Fréquentation")
    fill_table(tab, tab.locator("#body-2-value-handsontable-container"), [["Jour", "Visiteurs"], ["Samedi", "1 250"]])
    insert_block(tab, "Image")
    tab.locator("[data-contentpath='body'] [data-contentpath='image']").last.get_by_role(
        "button", name="Choisir une image"
    ).click()
    chooser = tab.get_by_role("dialog")
    chooser.get_by_role("link", name="Salle d’audience").click()
    chooser.wait_for(state="hidden")
    tab.locator("#body-3-value-alt_text").fill("Des visiteurs dans la salle d’audience")

    # Wagtail's autosave creates the page in the background, then points the form at its edit view
    # and redraws the header. Clicking or submitting meanwhile misfires (a second "create" gets a 500
    # on the duplicate slug). Wait until the draft exists, as an editor's pause would.
    tab.wait_for_url("**/edit/**", timeout=20_000)
    tab.wait_for_load_state("networkidle")
    tab.get_by_role("button", name="Afficher/masquer la prévisualisation").click()
    preview = tab.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", level=1, name="Journée portes ouvertes").wait_for()
    preview.get_by_text("Les visiteurs ont découvert les salles d’audience.").wait_for()
    preview.get_by_text("Chaque visite rapproche le Conseil des citoyens.").wait_for()
    preview.get_by_role("cell", name="1 250").wait_for()
    preview.get_by_role("img", name="Des visiteurs dans la salle d’audience").wait_for()

    footer_action(tab, "Soumettre à Relecture avant publication")
    # "créée et soumise…" or "a été soumise…", depending on whether the editor's autosave created the page first.
    tab.get_by_text("soumise pour modération").wait_for()
    page = ArticlePage.objects.get(title="Journée portes ouvertes")
    assert not page.live
    assert page.get_latest_revision_as_object().date == datetime.date(2026, 3, 15)
    assert tab.request.get("/fr/actualites/journee-portes-ouvertes/").status == 404

    moderator = open_tab()
    log_in(moderator, "moderateur")
    moderator.goto(f"/admin/pages/{page.pk}/edit/")
    footer_action(moderator, "Approuver et Publier")
    moderator.wait_for_url(f"**/admin/pages/{newsroom['index'].pk}/")
    moderator.get_by_text("« Journée portes ouvertes » a été mise à jour").wait_for()
    page.refresh_from_db()
    assert page.live and page.current_workflow_state is None

    reader = open_tab()
    reader.goto("/fr/actualites/")
    reader.get_by_role("link", name="Journée portes ouvertes").click()
    reader.wait_for_url("**/fr/actualites/journee-portes-ouvertes/")
    main = reader.locator("main")
    assert "15 mars 2026" in main.inner_text()
    assert "Chaque visite rapproche le Conseil des citoyens." in main.inner_text()
    assert main.get_by_role("cell", name="Samedi").is_visible()
    assert main.get_by_role("img", name="Des visiteurs dans la salle d’audience").is_visible()


def test_an_arabic_title_gives_the_browser_the_slug_it_gives_in_code(open_tab, newsroom):
    from playwright.sync_api import expect

    from core.transliteration import slug_from_text

    title = "المجلس يطلق حملة للتحسيس بحقوق الطفل"
    tab = open_tab()
    log_in(tab, "redactrice")
    tab.goto(f"/admin/pages/add/news/articlepage/{newsroom['index'].pk}/")
    tab.locator("#id_title").fill(title)
    tab.locator("#id_summary").click()
    assert slug_from_text(title) == "al-mjls-ytlq-hmla-lil-thsis-bhqouq-al-tfl"
    expect(tab.locator("#id_slug")).to_have_value(slug_from_text(title))
    # In the French admin, the Arabic title reads right to left, the Latin slug left to right.
    assert tab.locator("#id_title").get_attribute("dir") == "auto"
    assert tab.locator("#id_title").evaluate("field => getComputedStyle(field).direction") == "rtl"
    assert tab.locator("#id_slug").evaluate("field => getComputedStyle(field).direction") == "ltr"
