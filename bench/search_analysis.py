"""Recall and false matches of search analyses over the evaluation set in tests/data/search/pairs.tsv.

    .venv/bin/python bench/search_analysis.py [--details]

A pair (form in a page, form a reader types) matches when every analysed term
of the typed form is among the analysed terms of the page's form. The script
prints, for each analysis, recall on regular Arabic forms, on Arabic broken
plurals and irregular forms, on French forms, and the number of false matches
on the pairs that must not match. Compared:

- the site's analysis (search/text.py: normalisation, light stemming, lemma table,
  indexed as is in PostgreSQL's `simple` configuration);
- the analysis before it (our normalisation, then PostgreSQL's `arabic`
  stemmer, or `unaccent` and the `french` stemmer);
- PostgreSQL's stock `arabic`, `french` and `simple` configurations;
- Lucene's light10 Arabic and French light stemmers (bench/lucene_reference.py);
- the Snowball stemmers of the snowballstemmer package and Tashaphyne's Arabic
  light stemmer, when installed, as the packages we could have used.

PostgreSQL comes from SEARCH_ANALYSIS_DATABASE_URL (default: a database
`search_analysis_bench` on 127.0.0.1, created when missing); nothing is left
in it, the configuration of the former analysis is created in a transaction
that is rolled back.
"""

import argparse
import csv
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import lucene_reference  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "search" / "pairs.tsv"
GROUPS = (
    ("ar", "regular", "Arabic regular forms"),
    ("ar", "broken", "Arabic broken plurals"),
    ("fr", "regular", "French forms"),
    ("ar", "distinct", "Arabic must not match"),
    ("fr", "distinct", "French must not match"),
)


@dataclass(frozen=True)
class Pair:
    language: str
    kind: str
    in_page: str
    typed: str
    gloss: str


def load_pairs(path=PAIRS):
    with open(path, encoding="utf-8") as file:
        rows = csv.reader((line for line in file if line.strip() and not line.startswith("#")), delimiter="\t")
        return [Pair(*row) for row in rows]


def matches(page_terms, typed_terms):
    typed_terms = set(typed_terms)
    return bool(typed_terms) and typed_terms <= set(page_terms)


@dataclass
class Score:
    name: str
    found: dict = field(default_factory=dict)
    total: dict = field(default_factory=dict)
    misses: dict = field(default_factory=dict)

    def rate(self, language, kind):
        return self.found.get((language, kind), 0), self.total.get((language, kind), 0)


def evaluate(name, analyze, pairs):
    """`analyze(texts, language)` returns one list of terms per text."""
    score = Score(name)
    for language in ("ar", "fr"):
        chosen = [pair for pair in pairs if pair.language == language]
        if not chosen:
            continue
        terms = analyze([pair.in_page for pair in chosen] + [pair.typed for pair in chosen], language)
        page_terms, typed_terms = terms[: len(chosen)], terms[len(chosen) :]
        for pair, page, typed in zip(chosen, page_terms, typed_terms, strict=True):
            key = (pair.language, pair.kind)
            score.total[key] = score.total.get(key, 0) + 1
            if matches(page, typed):
                score.found[key] = score.found.get(key, 0) + 1
                if pair.kind == "distinct":
                    score.misses.setdefault(key, []).append(
                        f"{pair.in_page} ~ {pair.typed} ({' '.join(page)} / {' '.join(typed)})"
                    )
            elif pair.kind != "distinct":
                score.misses.setdefault(key, []).append(
                    f"{pair.in_page} ≠ {pair.typed} ({' '.join(page)} / {' '.join(typed)})"
                )
    return score


# --- The analyses -------------------------------------------------------------


def ours(texts, language):
    from search.text import analyze_terms

    return [analyze_terms(text) for text in texts]


def light10_and_french_light(texts, language):
    analyze = lucene_reference.light10 if language == "ar" else lucene_reference.french_light
    return [analyze(text) for text in texts]


def snowball_package(texts, language):
    import snowballstemmer

    from search.text import fold_latin

    stemmer = snowballstemmer.stemmer("arabic" if language == "ar" else "french")
    out = []
    for text in texts:
        tokens = [token.lower() for token in lucene_reference.WORD.findall(text)]
        stems = stemmer.stemWords(tokens)
        out.append([fold_latin(stem) if language == "fr" else stem for stem in stems])
    return out


def tashaphyne_package(texts, language):
    if language != "ar":
        return light10_and_french_light(texts, language)
    from tashaphyne.stemming import ArabicLightStemmer

    stemmer = ArabicLightStemmer()
    return [[stemmer.light_stem(token) for token in lucene_reference.WORD.findall(text)] for text in texts]


# The normalisation the site ran before its own analysis, in Python before PostgreSQL's stemmers.
_FORMER_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال")


def former_normalize_text(text):
    from search.text import WORD, fold_latin, normalize_arabic_letters

    out = []
    for word in WORD.findall(text):
        if not any("\u0600" <= char <= "\u06ff" for char in word):
            out.append(fold_latin(word))
            continue
        word = normalize_arabic_letters(word)
        for prefix in _FORMER_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                word = word[len(prefix) :]
                break
        else:
            if word.startswith("و") and len(word) >= 4:
                word = word[1:]
        out.append(word)
    return " ".join(out)


OLD_CONFIG = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
"""


class Postgres:
    def __init__(self, url):
        import psycopg

        self.conn = psycopg.connect(url)
        exists = self.conn.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent'").fetchone()
        if not exists:
            self.conn.execute(OLD_CONFIG)

    def lexemes(self, config, texts):
        rows = self.conn.execute(
            "SELECT ord, array(SELECT lexeme FROM unnest(to_tsvector(%s::regconfig, t)) ORDER BY 1)"
            " FROM unnest(%s::text[]) WITH ORDINALITY AS input(t, ord) ORDER BY ord",
            [config, list(texts)],
        ).fetchall()
        return [list(row[1]) for row in rows]

    def stock(self, config_by_language):
        return lambda texts, language: self.lexemes(config_by_language[language], texts)

    def former(self, texts, language):
        config = "arabic" if language == "ar" else "french_unaccent"
        return self.lexemes(config, [former_normalize_text(text) for text in texts])

    def close(self):
        self.conn.rollback()
        self.conn.close()


def ensure_database(url):
    import psycopg
    from psycopg import conninfo, sql

    name = conninfo.conninfo_to_dict(url)["dbname"]
    admin_url = conninfo.make_conninfo(url, dbname="postgres")
    with psycopg.connect(admin_url, autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def analyses(postgres):
    found = []
    try:
        from search.text import analyze_terms  # noqa: F401

        found.append(("site analysis (search/text.py, `simple`)", ours))
    except ImportError:
        pass
    if postgres is not None:
        found += [
            ("before: our normalisation + PostgreSQL `arabic` / `unaccent`+`french`", postgres.former),
            ("PostgreSQL `arabic` / `french`", postgres.stock({"ar": "arabic", "fr": "french"})),
            ("PostgreSQL `simple`", postgres.stock({"ar": "simple", "fr": "simple"})),
        ]
    found.append(("Lucene light10 / French light", light10_and_french_light))
    try:
        import snowballstemmer  # noqa: F401

        found.append(("snowballstemmer `arabic` / `french` (package)", snowball_package))
    except ImportError:
        pass
    try:
        import tashaphyne  # noqa: F401

        found.append(("tashaphyne light stem (Arabic only; French: Lucene light)", tashaphyne_package))
    except ImportError:
        pass
    return found


def reproduce_issue(postgres):
    """The examples the search's readers ran into, with the analysis before this one."""
    lines = []
    for word in ("حرية", "الحريات", "مدرسة", "المدارس", "سجن", "السجون", "حق", "الحقوق"):
        stems = postgres.former([word], "ar")[0]
        lines.append(f"  arabic after our normalisation: {word} → {former_normalize_text(word)} → {stems}")
    for word in ("détenu", "détenus", "réfugié", "réfugiées", "oeuvrer", "œuvrent"):
        lines.append(f"  french_unaccent: {word} → {postgres.former([word], 'fr')[0]}")
    return lines


def table(scores):
    header = "| analysis | " + " | ".join(label for _lang, _kind, label in GROUPS) + " |"
    rows = [header, "|---" * (len(GROUPS) + 1) + "|"]
    for score in scores:
        cells = []
        for language, kind, _label in GROUPS:
            found, total = score.rate(language, kind)
            if kind == "distinct":
                cells.append(f"{found} of {total} false")
            else:
                cells.append(f"{found}/{total} ({100 * found / total:.0f} %)" if total else "–")
        rows.append(f"| {score.name} | " + " | ".join(cells) + " |")
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true", help="list each analysis's misses and false matches")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="another set of pairs, e.g. heldout.tsv")
    args = parser.parse_args()

    pairs = load_pairs(args.pairs)
    postgres = None
    if not args.no_postgres:
        url = os.environ.get(
            "SEARCH_ANALYSIS_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/search_analysis_bench"
        )
        ensure_database(url)
        postgres = Postgres(url)
    try:
        counts = {}
        for pair in pairs:
            counts[(pair.language, pair.kind)] = counts.get((pair.language, pair.kind), 0) + 1
        print("pairs: " + ", ".join(f"{label} {counts.get((lang, kind), 0)}" for lang, kind, label in GROUPS))
        if postgres is not None:
            print("The issue's examples, analysed as before:")
            print("\n".join(reproduce_issue(postgres)))
        scores = [evaluate(name, analyze, pairs) for name, analyze in analyses(postgres)]
        print("\n".join(table(scores)))
        if args.details:
            for score in scores:
                print(f"\n## {score.name}")
                for (language, kind), misses in sorted(score.misses.items()):
                    print(f"- {language} {kind}: " + "; ".join(misses))
    finally:
        if postgres is not None:
            postgres.close()


if __name__ == "__main__":
    main()
