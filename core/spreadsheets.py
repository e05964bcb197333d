"""Spreadsheet exports that cannot run anything when opened.

A cell that starts with = + - @ (or a tab or carriage return) is a formula to
spreadsheet programs; an e-mail address typed by anyone on the internet may start
that way. Wagtail already writes such cells as text in .xlsx exports; in CSV,
`SafeExportMixin` prefixes them with an apostrophe (OWASP's advice for CSV injection).
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeExportMixin:
    """For an index view with SpreadsheetExportMixin: CSV cells never start a formula."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == SpreadsheetExportMixin.FORMAT_CSV:
            return neutralise_formula(value)
        return value

    def get_heading(self, queryset, field):
        return neutralise_formula(super().get_heading(queryset, field))
