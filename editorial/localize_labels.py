"""wagtail-localize's wording, adjusted: segment dates in the admin's language.

Strings of the app that read wrong in French or Arabic are reworded in our catalogues
(core/library_strings.py).
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _


def segment_comment(string_translation):
    """StringTranslation.get_comment with a localized date: the app's strftime("%B") writes English months."""
    date = formats.date_format(timezone.localtime(string_translation.updated_at), "j F Y")
    if string_translation.tool_name:
        return _("Traduit avec {tool_name} le {date}").format(tool_name=string_translation.tool_name, date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MANUAL:
        return _("Traduit manuellement le {date}").format(date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MACHINE:
        return _("Traduit automatiquement le {date}").format(date=date)
    return None


def apply():
    from wagtail_localize.models import StringTranslation

    StringTranslation.get_comment = segment_comment
