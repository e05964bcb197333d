"""Steps in Wagtail's admin (French), shared by the editorial journeys."""


def log_in(tab, username, password="x"):
    """Signs in through the admin's login form."""
    tab.goto("/admin/login/")
    tab.locator("#id_username").fill(username)
    tab.locator("#id_password").fill(password)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url("**/admin/")


def footer_action(tab, name):
    """Clicks an action of the editor's footer, opening its menu when the action is folded into it."""
    footer = tab.get_by_role("navigation", name="Actions (pied de page)")
    action = footer.get_by_role("button", name=name, exact=True)
    if not action.is_visible():
        footer.locator(".w-dropdown__toggle").click()
    action.click()


def translate_segment(tab, source_text, translated_text, *, direction, language=None):
    """In wagtail-localize's editor: "Traduire" on the segment showing `source_text`, type, "Enregistrer".

    The field must be written in the target's direction (and language, when given).
    """
    segment = tab.locator("li", has=tab.locator(":scope > p", has_text=source_text)).last
    segment.get_by_role("button", name="Traduire").click()
    field = segment.locator("textarea")
    assert field.get_attribute("dir") == direction
    if language is not None:
        assert field.get_attribute("lang") == language
    field.fill(translated_text)
    segment.get_by_role("button", name="Enregistrer").click()
    segment.get_by_text(translated_text).wait_for()


def approve_from_dashboard(tab, title):
    """The moderator approves the page awaiting review under `title`, from the dashboard's task list."""
    review = tab.get_by_role("row", name=title)
    review.get_by_role("button").last.click()  # the row's actions menu
    tab.get_by_text("Approuver", exact=True).click()
    review.wait_for(state="detached")  # the dashboard reloads without the approved page
