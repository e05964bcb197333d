"""Latin slugs for Arabic titles: one table of rules, applied in code and by the admin's slug field.

The romanisation is the French-style one used in Morocco and the Maghreb (ch, ou, kh), with the
article written `al-` and the long vowels as vowels: "المجلس يدعو إلى" gives `al-mjls-ydou-ila`.
anyascii, Wagtail's transliterator, renders each letter on its own (`lmjls yd`w`), and the admin's
slug script dropped ة and the long vowels (`ndo-otny-hol-hkok` for "ندوة وطنية حول حقوق").

The rules are (regular expression, replacement) pairs that Python and JavaScript read alike: the
admin's slug field runs them as Wagtail's slug `formatters` before its own slugify, so the address
an editor sees while typing is the one `slug_from_text()` gives in code. They apply in order, and
a rule sees the Latin letters the rules before it wrote.
"""

import re

from django.utils.text import slugify

ARABIC = "\u0600-\u06ff"
WORD_START = f"(?<![{ARABIC}A-Za-z])"
MARKS = "\u064b-\u065f\u0670\u0640"  # vowel marks, shadda, sukun, dagger alif, tatweel
DIGITS = {"٠١٢٣٤٥٦٧٨٩"[n]: str(n) for n in range(10)} | {"۰۱۲۳۴۵۶۷۸۹"[n]: str(n) for n in range(10)}
# The article and the prepositions fused with it, when at least two letters follow.
ARTICLES = [("وال", "wal-"), ("بال", "bil-"), ("فال", "fal-"), ("كال", "kal-"), ("لل", "lil-"), ("ال", "al-")]
LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "ou", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "ch", "ص": "s", "ض": "d", "ط": "t", "ظ": "dh",
    "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "ى": "a", "ڤ": "v", "پ": "p", "گ": "g", "ڭ": "g",
}  # fmt: skip

RULES = [
    (f"[{MARKS}]", ""),
    *((digit, latin) for digit, latin in DIGITS.items()),
    *((f"{WORD_START}{article}(?=[{ARABIC}]{{2}})", latin) for article, latin in ARTICLES),
    # و and ي are consonants (w, y) at the start of a word or after a long vowel, vowels (ou, i) otherwise.
    (f"{WORD_START}و|(?<=[اوي])و", "w"),
    ("و", "ou"),
    (f"{WORD_START}ي|(?<=[اويwu])ي", "y"),
    ("ي", "i"),
    *((letter, latin) for letter, latin in LETTERS.items()),
    ("[،؛؟]", " "),
]
_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in RULES]


def transliterate(text):
    """`text` with its Arabic written in Latin letters; other scripts untouched."""
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    return text


def slug_from_text(text, max_length=255):
    """An ASCII slug for `text` in any of the site's languages; empty if nothing in it can be spelt."""
    return slugify(transliterate(text or ""))[:max_length].rstrip("-")
