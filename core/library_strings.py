"""Our wording for third-party apps' interface strings that read wrong in French or Arabic.

Each msgid is the app's own (English) msgid, marked here so makemessages keeps it in our
catalogues; LOCALE_PATHS comes first in Django's lookup, so our msgstr wins over the app's.
scripts/check_catalogues.py accepts a French msgstr that differs from its msgid only for
entries found here.
"""

from django.utils.translation import gettext_noop

LIBRARY_STRINGS = [
    # wagtail-localize's French says "Régions" for the languages a page is translated into.
    gettext_noop("Locales"),
]
