"""Text normalisation shared by indexing, querying and highlighting.

The same functions run on stored text and on the reader's query, so both sides
always agree: accents folded for French, Arabic letters unified and the
clitic prefixes PostgreSQL's arabic stemmer misses stripped before it runs.
"""

import re
import unicodedata

QUERY_MAX_LENGTH = 200

# Harakat, Quranic marks, superscript alef and tatweel carry no meaning for search.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ → ا
        "\u0625": "\u0627",  # إ → ا
        "\u0622": "\u0627",  # آ → ا
        "\u0671": "\u0627",  # ٱ → ا
        "\u0629": "\u0647",  # ة → ه
        "\u0649": "\u064a",  # ى → ي
    }
)
# Longest first; each needs a stem of at least two letters left behind.
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# Words: letters and digits of any script, Arabic marks included so they are removed later.
WORD = re.compile(r"[^\W_]+(?:[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640][^\W_]*)*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Light suffix stripping, only for highlighting; matching itself is PostgreSQL's stemming.
_FRENCH_SUFFIXES = ("ements", "ement", "ations", "ation", "euses", "euse", "eurs", "eur", "es", "s", "x", "e")
_ARABIC_SUFFIXES = ("ات", "ون", "ين", "ان", "ها", "هم", "ه", "ي")


def fold_latin(text):
    """Lower case without accents: `Réunion` → `reunion`."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("œ", "oe").replace("æ", "ae"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalize_arabic_word(word):
    word = _ARABIC_MARKS.sub("", word).translate(_ARABIC_LETTERS)
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    # The conjunction و: only on words long enough to keep a three-letter root.
    if word.startswith("و") and len(word) >= 4:
        return word[1:]
    return word


def normalize_word(word):
    if _ARABIC_SCRIPT.search(word):
        return normalize_arabic_word(unicodedata.normalize("NFKC", word))
    return fold_latin(word)


def words(text):
    return WORD.findall(text or "")


def normalize_text(text):
    """The searchable copy of a text: normalised words separated by single spaces."""
    return " ".join(filter(None, (normalize_word(word) for word in words(text))))


def clean_query(raw):
    """The reader's query made safe to use: returns (text, was_truncated).

    Control characters go, whitespace collapses and the text is cut to
    QUERY_MAX_LENGTH characters; operators and punctuation are dropped later,
    since only words reach the database.
    """
    text = _CONTROL.sub(" ", raw or "")
    text = " ".join(text.split())
    truncated = len(text) > QUERY_MAX_LENGTH
    if truncated:
        text = text[:QUERY_MAX_LENGTH].rsplit(" ", 1)[0] if " " in text[:QUERY_MAX_LENGTH] else text[:QUERY_MAX_LENGTH]
    return text, truncated


def query_terms(text):
    """Distinct normalised words of a cleaned query, in order."""
    terms = []
    for word in words(text):
        term = normalize_word(word)
        if term and term not in terms:
            terms.append(term)
    return terms


def light_stem(term):
    suffixes = _ARABIC_SUFFIXES if _ARABIC_SCRIPT.search(term) else _FRENCH_SUFFIXES
    for suffix in suffixes:
        if term.endswith(suffix) and len(term) - len(suffix) >= 3:
            return term[: -len(suffix)]
    return term
