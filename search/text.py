"""Search analysis shared by indexing, querying and highlighting.

The same functions run on stored text and on the reader's query, so both sides
always agree. A word becomes one search term:

- French (and any Latin-script word): lower case, accents and ligatures folded
  (œ → oe), then light stemming of inflections: plurals (droits, journaux),
  feminine forms (réfugiées, travailleuses, défenseures), the verb endings -er
  and -ent (oeuvrer, œuvrent) and the noun ending -ation (recommandation).
- Arabic: letters unified and marks removed, clitic prefixes stripped (و ف ب ل ك
  and the article with them, keeping a first letter that belongs to the word:
  وزارة), suffixes stripped as Larkey's light10 does, with the taa marbuta
  restored before a pronoun (محاكمته) and in the dual (المحكمتين), then broken
  plurals read as their singular (السجون → سجن) from search.lexicon.
- Stop words of both languages are dropped.

Terms are stored as they are and indexed with PostgreSQL's `simple`
configuration, which only lower-cases them, so PostgreSQL never stems again.
"""

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from search.lexicon import BROKEN_PLURALS, KEEP_FIRST_LETTER, STEM_VARIANTS, STOP_WORDS, WHOLE_WORD_ONLY

QUERY_MAX_LENGTH = 200


@lru_cache(maxsize=1)
def analysis_version():
    """Changes whenever this module or the lexicon changes: stored analysed text older than it is redone."""
    digest = hashlib.sha1(usedforsecurity=False)
    for name in ("text.py", "lexicon.py"):
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:12]


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
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# Words: letters and digits of any script, Arabic marks included so they are removed later.
WORD = re.compile(r"[^\W_]+(?:[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640][^\W_]*)*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# The article with the particles before it, longest first; each needs two letters left behind.
_ARABIC_ARTICLES = ("وبال", "وكال", "فبال", "وال", "بال", "كال", "فال", "ولل", "فلل", "لل", "ال")
# Possessive pronouns, longest first (حقوقهم: "their rights"). A lone ه is left to the stemmer:
# after normalisation it is also the taa marbuta (محاكمة, "trial", is not محاكم + ه, "his courts").
_ARABIC_PRONOUNS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا")
# light10's suffixes in its order, as they are spelled after normalisation (ة is written ه).
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


def fold_latin(text):
    """Lower case without accents: `Réunion` → `reunion`, `œuvre` → `oeuvre`."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("œ", "oe").replace("æ", "ae"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalize_arabic_letters(word):
    return _ARABIC_MARKS.sub("", word).translate(_ARABIC_LETTERS)


def _light_stem(word):
    """light10's suffix stripping, repeated until nothing more comes off (القانونية → قانون → قان)."""
    # The dual of a word in ة: المحكمتين is المحكمة twice.
    for dual in ("تين", "تان"):
        if word.endswith(dual) and len(word) - len(dual) >= 3:
            word = word[: -len(dual)] + "ه"
            break
    changed = True
    while changed:
        changed = False
        for suffix in _ARABIC_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                word = word[: -len(suffix)]
                changed = True
    return word


def _strip_arabic_prefixes(word):
    for article in _ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    # و or ف (and, so), then ب ل ك (with, for, as): only on long enough words, and
    # never a first letter that the word's own stem begins with (وزارة, برنامج).
    if word[:1] in ("و", "ف") and len(word) >= 4 and not _keeps_first_letter(word):
        word = word[1:]
        if word.startswith("ال") and len(word) >= 4:
            return word[2:]
    if word[:1] in ("ب", "ل", "ك") and len(word) >= 5 and not _keeps_first_letter(word):
        word = word[1:]
    return word


def _keeps_first_letter(word):
    return _light_stem(word) in KEEP_FIRST_LETTER or _light_stem(_strip_pronoun(word)) in KEEP_FIRST_LETTER


def _strip_pronoun(word):
    for pronoun in (*_ARABIC_PRONOUNS, "ه"):
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 3:
            stem = word[: -len(pronoun)]
            # The taa marbuta is written ت before a pronoun: محاكمته is محاكمة + ه (not the plural ات).
            if stem.endswith("ت") and not stem.endswith("ات") and len(stem) >= 4:
                return stem[:-1] + "ه"
            if pronoun != "ه":
                return stem
    return word


def _singular_stem(word):
    singular = BROKEN_PLURALS.get(word)
    return _light_stem(singular) if singular else ""


@lru_cache(maxsize=50_000)
def arabic_term(word):
    """The search term of an Arabic word whose letters are normalised."""
    found = _singular_stem(word)
    if found:
        return found
    word = _strip_arabic_prefixes(word)
    found = _singular_stem(word)
    if found:
        return found
    word = _strip_pronoun(word)
    found = _singular_stem(word)
    if found:
        return found
    stem = _light_stem(word)
    if stem in BROKEN_PLURALS and stem not in WHOLE_WORD_ONLY:
        return _light_stem(BROKEN_PLURALS[stem])
    return STEM_VARIANTS.get(stem, stem)


def french_term(word):  # noqa: C901 - a list of endings, each with its own guard
    """Light stemming of a folded French word: its inflections go, its derivations mostly stay."""
    if len(word) <= 3 or not word.isalpha():
        return word
    # Plural
    if word.endswith("aux") and len(word) > 4 and word[-4] != "e":
        word = word[:-3] + "al"  # journaux → journal
    elif word.endswith("x") and word[-2] in "ue":
        word = word[:-1]  # voeux → voeu, réseaux → réseau
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    # Feminine
    if word.endswith("euse") and len(word) > 5:
        word = word[:-2] + "r"  # travailleuse → travailleur
    elif word.endswith("trice") and len(word) > 6:
        word = word[:-4] + "eur"  # directrice → directeur
    elif word.endswith("ive") and len(word) > 5:
        word = word[:-2] + "f"  # active → actif
    elif word.endswith(("enne", "onne", "elle", "ette")) and len(word) > 5:
        word = word[:-2]  # citoyenne → citoyen, personnelle → personnel
    while word.endswith("e") and len(word) > 3:
        word = word[:-1]  # réfugiée, réfugié → refugi
    # Verbs and nouns of action
    if word.endswith("ation") and len(word) > 8:
        word = word[:-5]  # recommandation → recommand
    elif word.endswith("ent") and len(word) >= 7 and not word.endswith("ment"):
        word = word[:-3]  # oeuvrent → oeuvr
    elif word.endswith("er") and len(word) >= 6:
        word = word[:-2]  # oeuvrer → oeuvr
    return word


def normalize_word(word):
    """A word as written, without what its spelling varies on (case, accents, hamza seats, marks)."""
    if _ARABIC_SCRIPT.search(word):
        return normalize_arabic_letters(unicodedata.normalize("NFKC", word))
    return fold_latin(word)


@lru_cache(maxsize=100_000)
def analyze_word(word):
    """The search term of one word of a text or a query; "" for a stop word."""
    normalized = normalize_word(word)
    if not normalized or normalized in STOP_WORDS:
        return ""
    if _ARABIC_SCRIPT.search(normalized):
        return arabic_term(normalized)
    return french_term(normalized)


def words(text):
    return WORD.findall(text or "")


def analyze_terms(text):
    """The search terms of a text, in order."""
    return [term for term in map(analyze_word, words(text)) if term]


def normalize_text(text):
    """The searchable copy of a text: its search terms separated by single spaces."""
    return " ".join(analyze_terms(text))


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
    """Distinct search terms of a cleaned query, in order."""
    return list(dict.fromkeys(analyze_terms(text)))
