"""Values of either script embedded in a sentence of the other, kept whole (Unicode bidi isolation).

Without isolation a Latin word or a number inside an Arabic sentence (a search query, a French
title, "12 segments") takes the surrounding punctuation and figures with it and the line reads
scrambled. `isolate` wraps the value in <bdi> for HTML; `isolate_text` uses the invisible
FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE characters where no markup is allowed (<title>,
attributes, plain-text mail).
"""

from django import template
from django.utils.html import format_html

register = template.Library()

FSI, PDI = "\u2068", "\u2069"


@register.filter
def isolate(value):
    return format_html("<bdi>{}</bdi>", value)


@register.filter
def isolate_text(value):
    return f"{FSI}{value}{PDI}"
