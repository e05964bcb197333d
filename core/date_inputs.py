"""The admin's date fields: Wagtail's picker in the day-first format, and the server as the judge.

Wagtail's picker (xdsoft datetimepicker) rewrites the field when it loses focus: text it cannot
parse becomes today's date and an impossible date rolls over (31/02 becomes 03/03). With that
rewriting off, the server parses what the editor typed and refuses what is not a date, with a
message naming the format.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput


class DateInput(AdminDateInput):
    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


class DateTimeInput(AdminDateTimeInput):
    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


def register_overrides():
    """Every model date field in Wagtail's admin forms uses these widgets and messages."""
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(
        models.DateField,
        override={
            "widget": DateInput,
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
            "widget": DateTimeInput,
            "error_messages": {
                "invalid": _(
                    "Date ou heure impossible ou mal écrite : saisissez-la au format jj/mm/aaaa hh:mm, "
                    "par exemple 15/03/2026 09:30."
                )
            },
        },
    )
