"""Readable Latin slugs for pages that exist only in Arabic.

anyascii (Wagtail's own transliterator) renders each Arabic letter on its own and writes
`lmjls yd`w` for "المجلس يدعو", which nobody reads. This table follows the French-style
romanisation used in Morocco and the Maghreb, writes the article as `al-` and the long vowels
as vowels: "المجلس يدعو إلى" becomes `al-mjls-ydou-ila`. Other scripts go through anyascii.
"""

import re

from anyascii import anyascii
from django.utils.text import slugify

ARABIC_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "ou", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "ch", "ص": "s", "ض": "d", "ط": "t", "ظ": "dh",
    "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "و": "ou", "ي": "i", "ى": "a", "ڤ": "v", "پ": "p", "گ": "g", "ڭ": "g",
}  # fmt: skip
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _word(word):
    prefix = ""
    for article in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if word.startswith(article) and len(word) > len(article) + 1:
            prefix = {"وال": "wal-", "بال": "bil-", "فال": "fal-", "كال": "kal-", "لل": "lil-", "ال": "al-"}[article]
            word = word[len(article) :]
            break
    letters = []
    for index, letter in enumerate(word):
        latin = ARABIC_LETTERS.get(letter, "")
        # و and ي are consonants at the start of a word or after a long vowel.
        if letter == "و" and (index == 0 or word[index - 1] in "اوي"):
            latin = "w"
        elif letter == "ي" and (index == 0 or word[index - 1] in "اوي"):
            latin = "y"
        letters.append(latin)
    return prefix + "".join(letters)


def transliterate(text):
    text = _MARKS.sub("", text.translate(_DIGITS))
    return anyascii(_ARABIC_WORD.sub(lambda match: _word(match.group(0)), text))


def latin_slug(text, max_length=80):
    """A lower-case ASCII slug for `text` in any script, cut at a word boundary."""
    slug = slugify(transliterate(text))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug.strip("-")
