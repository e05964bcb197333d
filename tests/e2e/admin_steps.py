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
