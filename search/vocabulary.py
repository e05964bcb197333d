"""The words of the live pages, per language, and "did you mean" suggestions drawn from them.

Kept from the pages' titles, summaries and bodies (not the PDFs, whose
extracted text carries hyphenation and layout debris). Publishing adds a
page's new words; `rebuild_search_index` recounts them all.
"""

import difflib
from collections import Counter

from django.db import connection
from django.db.models import BooleanField, FloatField
from django.db.models.expressions import RawSQL

from search.models import SearchWord
from search.text import WORD, analyze_word, normalize_word, words

MIN_LENGTH = 3
MAX_LENGTH = 64
SUGGESTIONS = 3


def page_words(texts):
    """{word as written, lower case: (folded, term)} for the words a reader could be offered."""
    found = {}
    for text in texts:
        for word in words(text):
            word = word.lower()
            if word in found or not (MIN_LENGTH <= len(word) <= MAX_LENGTH) or not word.isalpha():
                continue
            term = analyze_word(word)
            if term:
                found[word] = (normalize_word(word)[:MAX_LENGTH], term[:MAX_LENGTH])
    return found


def add_page_words(language, texts):
    """After a page is published: its words that the vocabulary does not have yet."""
    SearchWord.objects.bulk_create(
        [
            SearchWord(language=language, word=word, folded=folded, term=term)
            for word, (folded, term) in page_words(texts).items()
        ],
        ignore_conflicts=True,
        batch_size=1000,
    )


class Counts:
    """Counts each word's pages during a rebuild, then replaces the vocabulary."""

    def __init__(self):
        self.documents = Counter()
        self.forms = {}

    def add(self, language, texts):
        for word, forms in page_words(texts).items():
            self.documents[(language, word)] += 1
            self.forms[(language, word)] = forms

    def save(self):
        SearchWord.objects.all().delete()
        SearchWord.objects.bulk_create(
            (
                SearchWord(language=language, word=word, folded=folded, term=term, documents=self.documents[key])
                for key, (folded, term) in self.forms.items()
                for language, word in (key,)
            ),
            batch_size=2000,
        )


def _closest(language, folded, exclude_term):
    """Up to SUGGESTIONS words like `folded`, one per search term, most similar and most used first."""
    if connection.vendor == "postgresql":
        candidates = (
            SearchWord.objects.filter(language=language)
            .filter(RawSQL("search_searchword.folded %% %s", [folded], output_field=BooleanField()))
            .exclude(term=exclude_term)
            .annotate(
                similarity=RawSQL("similarity(search_searchword.folded, %s)", [folded], output_field=FloatField())
            )
            .order_by("-similarity", "-documents")
            .values_list("word", "term")[:50]
        )
    else:
        # SQLite: no trigrams; compare with the words sharing the first letter.
        pool = dict(
            SearchWord.objects.filter(language=language, folded__startswith=folded[:1])
            .exclude(term=exclude_term)
            .order_by("-documents")
            .values_list("folded", "word")[:5000]
        )
        close = difflib.get_close_matches(folded, list(pool), n=10, cutoff=0.75)
        candidates = [(pool[match], analyze_word(pool[match])) for match in close]
    chosen, terms = [], set()
    for word, term in candidates:
        if term not in terms:
            terms.add(term)
            chosen.append(word)
        if len(chosen) == SUGGESTIONS:
            break
    return chosen


def suggestions(language, query_text):
    """Queries to offer when `query_text` found nothing: its unknown words replaced by the closest known ones."""
    typed = [word for word in words(query_text) if analyze_word(word)]
    if not typed:
        return []
    terms = {analyze_word(word) for word in typed}
    known = set(SearchWord.objects.filter(language=language, term__in=terms).values_list("term", flat=True))
    unknown = [word for word in typed if analyze_word(word) not in known]
    if not unknown or len(unknown) > 3:
        return []
    replacements = {word: _closest(language, normalize_word(word), analyze_word(word)) for word in unknown}
    if len(unknown) == 1:
        word = unknown[0]
        return [_replace(query_text, {word: candidate}) for candidate in replacements[word]]
    if not all(replacements.values()):
        return []
    return [_replace(query_text, {word: candidates[0] for word, candidates in replacements.items()})]


def _replace(query_text, replacements):
    return WORD.sub(lambda match: replacements.get(match.group(), match.group()), query_text)
