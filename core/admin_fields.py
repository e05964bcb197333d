"""How the admin's form fields take what editors type: nothing is changed behind their back.

Dates: Wagtail's picker (xdsoft datetimepicker) rewrites the field when it loses focus: text it
cannot parse becomes today's date and an impossible date rolls over (31/02 becomes 03/03). With
that rewriting off for every picker (static/js/admin-dates.js, added by core/wagtail_hooks.py), the
server parses what the editor typed (day first, WAGTAIL_DATE_FORMAT) and refuses what is not a
date, with a message naming the format.

Slugs: the slug field spells Arabic in Latin letters with core/transliteration.py's rules, the
ones pages apply in code (core/page_slugs.py), instead of Wagtail's own transliteration.

Text: a `maxlength` attribute lets the browser cut pasted text at the limit, mid-word and without
a word. Our text fields leave the limit to the server, which refuses a longer text with a message.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, SlugInput

from core.transliteration import RULES


class TransliteratingSlugInput(SlugInput):
    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, formatters=RULES)


class UncutCharField(forms.CharField):
    """A one-line text field whose length limit the server enforces, never the browser."""

    default_error_messages = {
        "max_length": _(
            "Ce texte compte %(show_value)d caractères ; la limite est de %(limit_value)d. Raccourcissez-le."
        ),
    }

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


def register_overrides():
    """Every model date, one-line text and slug field in Wagtail's admin forms uses these fields and messages."""
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(
        models.DateField,
        override={
            "widget": AdminDateInput,
            "error_messages": {
                "invalid": _(
                    "Date impossible ou mal écrite : saisissez-la au format jj/mm/aaaa, par exemple 15/03/2026."
                )
            },
        },
    )
    register_form_field_override(
        models.DateTimeField,
        override={
            "widget": AdminDateTimeInput,
            "error_messages": {
                "invalid": _(
                    "Date ou heure impossible ou mal écrite : saisissez-la au format jj/mm/aaaa hh:mm, "
                    "par exemple 15/03/2026 09:30."
                )
            },
        },
    )
    register_form_field_override(models.CharField, override={"form_class": UncutCharField}, exact_class=True)
    register_form_field_override(models.SlugField, override={"widget": TransliteratingSlugInput})
