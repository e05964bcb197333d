"""wagtail-localize's wording, adjusted: strings our catalogues word differently, dates in the admin's language.

Our catalogues (locale/) take precedence over the app's own; the strings are marked here so
that `makemessages` keeps them in locale/*/django.po.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

OVERRIDDEN = [
    # The translation form's checkboxes list languages; the app's French catalogue calls them "Régions".
    gettext_noop("Locales"),
]


def segment_comment(string_translation):
    """StringTranslation.get_comment with a localized date: the app's strftime("%B") writes English months."""
    date = formats.date_format(timezone.localtime(string_translation.updated_at), "j F Y")
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=string_translation.tool_name, date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def apply():
    from wagtail_localize.models import StringTranslation

    StringTranslation.get_comment = segment_comment
