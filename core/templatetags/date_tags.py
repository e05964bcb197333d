"""Dates as the site writes them, in the reader's language."""

from django import template
from django.utils import formats, translation

register = template.Library()

FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
# Moroccan usage, not the Levantine or Egyptian names of Django's Arabic locale.
MOROCCAN_ARABIC_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
    "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
)  # fmt: skip


@register.filter
def long_date(value):
    """`10 mai 2017` in French, `10 ماي 2017` in Arabic; Django's date format elsewhere."""
    if not value:
        return ""
    language = (translation.get_language() or "fr").split("-")[0]
    if language == "fr":
        day = "1er" if value.day == 1 else value.day
        return f"{day} {FRENCH_MONTHS[value.month - 1]} {value.year}"
    if language == "ar":
        return f"{value.day} {MOROCCAN_ARABIC_MONTHS[value.month - 1]} {value.year}"
    return formats.date_format(value, "DATE_FORMAT")
