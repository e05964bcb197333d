"""Marks the reader's words in a text, escaped, so the template can show it as is."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.text import WORD, light_stem, normalize_word


def _matches(word_stem, stems):
    for stem in stems:
        if word_stem == stem:
            return True
        shorter, longer = sorted((word_stem, stem), key=len)
        if len(shorter) >= 4 and longer.startswith(shorter):
            return True
    return False


def highlight(text, terms):
    """`text` with each word matching one of the normalised `terms` wrapped in <mark>."""
    text = text or ""
    stems = [light_stem(term) for term in terms]
    if not stems:
        return escape(text)
    parts = []
    position = 0
    for match in WORD.finditer(text):
        word = match.group()
        if _matches(light_stem(normalize_word(word)), stems):
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(word)}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))
