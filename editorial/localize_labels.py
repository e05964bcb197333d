"""wagtail-localize's strings that our catalogues word differently (locale/ takes precedence over the app's own).

Marked here so that `makemessages` keeps them in locale/*/django.po.
"""

from django.utils.translation import gettext_noop

OVERRIDDEN = [
    # The translation form's checkboxes list languages; the app's French catalogue calls them "Régions".
    gettext_noop("Locales"),
]
