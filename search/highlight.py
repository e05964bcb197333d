"""Marks the reader's words in a text, escaped, so the template can show it as is."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.text import WORD, analyze_word


def highlight(text, terms):
    """`text` with each word whose search term is one of `terms` wrapped in <mark>.

    The words are analysed as the index analyses them, so exactly the words
    that made the page match are marked (الحقوق and حق alike for حقوق).
    """
    text = text or ""
    wanted = set(terms)
    if not wanted:
        return escape(text)
    parts = []
    position = 0
    for match in WORD.finditer(text):
        word = match.group()
        if analyze_word(word) in wanted:
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(word)}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))
