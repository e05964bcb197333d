"""Site search at scale: our index against stock Wagtail's database backend, same data, same run.

    .venv/bin/python bench/search.py [--pages 20000] [--repeat 30] [--reseed] [--no-baseline]
    .venv/bin/python bench/search.py --explain common --explain "two words"

Seeds a separate PostgreSQL database (DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/wt_search_bench) with `--pages` pages per
language (nine articles for one publication, publications carrying PDF text),
French pages and their Arabic translations, bulk-created as
shared/notes/search-and-speed.md describes. Then, for common and rare terms
in both languages, it reports median and 95th percentile latency of the
search page through Django's test client, of the query alone, and of stock
Wagtail's `Page.objects.live().search()`, plus the queries each search page
makes.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wt_search_bench")

FRENCH_WORDS = (
    "le la les des du de un une et en dans pour sur par avec au aux qui que est sont a été "
    "conseil national droits humains droit homme femmes enfants personnes liberté expression "
    "rapport annuel recommandations gouvernement loi projet réforme justice tribunal procès "
    "détention prison visite observation élections migrants réfugiés asile santé éducation "
    "travail égalité discrimination violence protection promotion mécanisme prévention torture "
    "plainte plaintes enquête commission régionale région société civile associations dialogue "
    "séminaire atelier formation réunion session plénière avis mémorandum constitution article "
    "convention internationale nations unies ratification protocole facultatif handicap jeunes "
    "environnement climat eau logement pauvreté culture langue amazighe patrimoine mémoire "
    "réparation victimes vérité médias presse journalistes numérique données vie privée "
    "sécurité police garde vue peine mort abolition famille code statut parité participation"
).split()

ARABIC_WORDS = (
    "في من على إلى عن مع أن التي الذي هذا هذه و المجلس الوطني لحقوق الإنسان الحقوق حقوق "
    "المرأة الأطفال الأشخاص حرية التعبير التقرير السنوي التوصيات الحكومة القانون مشروع إصلاح "
    "العدالة المحكمة المحاكمة الاعتقال السجن زيارة رصد الانتخابات المهاجرين اللاجئين اللجوء "
    "الصحة التعليم الشغل المساواة التمييز العنف حماية النهوض آلية الوقاية التعذيب شكاية "
    "الشكايات تحقيق اللجنة الجهوية الجهة المجتمع المدني الجمعيات الحوار ندوة ورشة تكوين "
    "اجتماع دورة عامة رأي مذكرة الدستور المادة الاتفاقية الدولية الأمم المتحدة المصادقة "
    "البروتوكول الاختياري الإعاقة الشباب البيئة المناخ الماء السكن الفقر الثقافة اللغة "
    "الأمازيغية التراث الذاكرة جبر الضرر الضحايا الحقيقة الإعلام الصحافة الصحفيين الرقمي "
    "المعطيات الحياة الخاصة الأمن الشرطة الحراسة النظرية عقوبة الإعدام إلغاء الأسرة مدونة "
    "وضعية المناصفة المشاركة والحقوق وحقوق بالحقوق للحقوق"
).split()

RARE = {"fr": "sismique", "ar": "الزلزال"}
FREQUENT = {"fr": "torture", "ar": "التعذيب"}
FREQUENT_SHARE = 0.1
SYLLABLES = {
    "fr": "ra pi to ne mu ca li vo de su ga bi fo le ti ma no ri che pou tion ment eur".split(),
    "ar": "م ح ق ر س ل ت ب ع ن د ك ف ج ش ص ط".split(),
}
# Measured queries: a word in most pages, one in about 10% of them, a rare one, two words.
QUERIES = {
    "fr": {"common": "droits", "10% of pages": "torture", "rare": "sismique", "two words": "liberté expression"},
    "ar": {"common": "حقوق", "10% of pages": "التعذيب", "rare": "الزلزال", "two words": "حرية التعبير"},
}
RARE_HITS = 10


def zipf_words(vocabulary, count, rng):
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    return rng.choices(vocabulary, weights=weights, k=count)


def sentence_text(vocabulary, count, rng):
    return " ".join(zipf_words(vocabulary, count, rng))


def ensure_database():
    import psycopg
    from django.conf import settings

    name = settings.DATABASES["default"]["NAME"]
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def pseudo_words(language, count, rng):
    """A long tail of made-up words, so pages share their common words but not all of them."""
    words = set()
    while len(words) < count:
        words.add("".join(rng.choices(SYLLABLES[language], k=rng.randint(3, 5))))
    return sorted(words)


def build_texts(language, pages, rng):
    real = [word for word in (FRENCH_WORDS if language == "fr" else ARABIC_WORDS) if word != FREQUENT[language]]
    # Function words first, then real vocabulary, then the long tail (Zipf over 5,000 words).
    vocabulary = real[:20] + rng.sample(real[20:], len(real) - 20) + pseudo_words(language, 5000, rng)
    rare_pages = set(rng.sample(range(pages), RARE_HITS))
    texts = []
    for number in range(pages):
        title = sentence_text(vocabulary[20:], rng.randint(5, 10), rng)
        summary = sentence_text(vocabulary, rng.randint(20, 40), rng)
        body = sentence_text(vocabulary, rng.randint(250, 600), rng)
        if number in rare_pages:
            body += " " + RARE[language]
        if rng.random() < FREQUENT_SHARE:
            body += " " + FREQUENT[language]
        is_publication = number % 10 == 0
        document = sentence_text(vocabulary, rng.randint(2000, 4000), rng) if is_publication else ""
        texts.append((title, summary, body, document, is_publication))
    return texts


def seed(pages, rng):
    import datetime

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from wagtail.models import Locale, Page, PageViewRestriction

    from home.models import StandardPage
    from home.site_setup import ensure_site
    from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage, PublicationType
    from search.models import SearchEntry
    from search.text import normalize_text

    started = time.perf_counter()
    fr_home = ensure_site()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    parents = {}
    for language in ("fr", "ar"):
        home = Page.objects.get(translation_key=fr_home.translation_key, locale=locales[language]).specific
        news = NewsIndexPage(title="Actualités" if language == "fr" else "الأخبار", slug="actualites")
        pubs = PublicationIndexPage(title="Publications" if language == "fr" else "المنشورات", slug="publications")
        if language == "ar":
            news.translation_key = parents["fr"][0].translation_key
            pubs.translation_key = parents["fr"][1].translation_key
        home.add_child(instance=news)
        home.add_child(instance=pubs)
        parents[language] = (news, pubs)
    # One private section, so every search also applies the view-restriction filter.
    private = StandardPage(title="Espace membres", slug="membres")
    fr_home.add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    publication_types = {
        code: PublicationType.objects.create(name="Rapport", slug="rapport", locale=locale)
        for code, locale in locales.items()
    }
    article_type = ContentType.objects.get_for_model(ArticlePage)
    publication_type = ContentType.objects.get_for_model(PublicationPage)
    now = datetime.datetime.now(datetime.UTC)
    keys = [uuid.uuid4() for _ in range(pages)]
    dates = [datetime.date(2010, 1, 1) + datetime.timedelta(days=rng.randint(0, 5800)) for _ in range(pages)]
    entries = []
    with transaction.atomic():
        for language in ("fr", "ar"):
            news, pubs = parents[language]
            texts = build_texts(language, pages, rng)
            children = {news.pk: 0, pubs.pk: 0}
            rows = []
            for number, (title, _summary, _body, _document, is_publication) in enumerate(texts):
                parent = pubs if is_publication else news
                children[parent.pk] += 1
                slug = f"page-{number}"
                rows.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=Page._get_path(parent.path, parent.depth + 1, children[parent.pk]),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        content_type=publication_type if is_publication else article_type,
                        locale=locales[language],
                        translation_key=keys[number],
                        live=True,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
            created = Page.objects.bulk_create(rows, batch_size=2000)
            with connection.cursor() as cursor:
                article_rows, publication_rows = [], []
                for page, (title, summary, body, document, is_publication), date in zip(
                    created, texts, dates, strict=True
                ):
                    stream = json.dumps([{"type": "paragraph", "value": f"<p>{body}</p>", "id": str(uuid.uuid4())}])
                    if is_publication:
                        publication_rows.append((page.pk, date, summary, stream, publication_types[language].pk))
                    else:
                        article_rows.append((page.pk, date, summary, stream))
                    entries.append(
                        SearchEntry(
                            page_id=page.pk,
                            language=language,
                            kind=SearchEntry.Kind.PUBLICATION if is_publication else SearchEntry.Kind.NEWS,
                            date=date,
                            title=title,
                            summary=summary,
                            norm_title=normalize_text(title),
                            norm_summary=normalize_text(summary),
                            norm_body=normalize_text(body),
                            norm_document=normalize_text(document),
                        )
                    )
                cursor.executemany(
                    "INSERT INTO news_articlepage (page_ptr_id, date, summary, body, kind, main_image_caption,"
                    " main_image_credit) VALUES (%s, %s, %s, %s, 'actualite', '', '')",
                    article_rows,
                )
                cursor.executemany(
                    "INSERT INTO news_publicationpage (page_ptr_id, date, summary, body, publication_type_id,"
                    " featured) VALUES (%s, %s, %s, %s, %s, false)",
                    publication_rows,
                )
            for parent in (news, pubs):
                Page.objects.filter(pk=parent.pk).update(numchild=children[parent.pk])
    seeded = time.perf_counter() - started
    started = time.perf_counter()
    SearchEntry.objects.bulk_create(entries, batch_size=1000)
    entry_seconds = time.perf_counter() - started
    return {"seed_seconds": seeded, "entry_seconds": entry_seconds}


def reanalyse(pages, rng):
    """Stored text analysed again by the current search.text, in a database seeded by an earlier version.

    The generator is consumed as seed() consumed it, so the same texts come out
    and the same pages get them (page ids follow the order of creation).
    """
    from search.models import SearchEntry
    from search.text import normalize_text
    from search.vocabulary import Counts

    started = time.perf_counter()
    words = Counts()
    for _ in range(pages):
        rng.randint(0, 5800)
    for language in ("fr", "ar"):
        texts = build_texts(language, pages, rng)
        entries = list(SearchEntry.objects.filter(language=language).order_by("page_id").only("pk"))
        for entry, (title, summary, body, document, _is_publication) in zip(entries, texts, strict=True):
            entry.norm_title = normalize_text(title)
            entry.norm_summary = normalize_text(summary)
            entry.norm_body = normalize_text(body)
            entry.norm_document = normalize_text(document)
        SearchEntry.objects.bulk_update(
            entries, ["norm_title", "norm_summary", "norm_body", "norm_document"], batch_size=500
        )
        for title, summary, body, _document, _is_publication in texts:
            words.add(language, (title, summary, body))
    words.save()
    return time.perf_counter() - started


def stock_index(stdout):
    from wagtail.search.backends import get_search_backend

    from news.models import ArticlePage, PublicationPage

    backend = get_search_backend()
    started = time.perf_counter()
    for model in (ArticlePage, PublicationPage):
        index = backend.get_index_for_model(model)
        objects = model.objects.live().order_by("pk")
        ids = list(objects.values_list("pk", flat=True))
        for start in range(0, len(ids), 1000):
            index.add_items(model, list(objects.filter(pk__in=ids[start : start + 1000])))
    return time.perf_counter() - started


def timed(function, repeat):
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def measure(repeat, baseline):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale, Page

    from core.content_cache import restricted_paths
    from search.query import run_search
    from search.text import query_terms

    client = Client()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    rows = []
    for language, queries in QUERIES.items():
        for label, text in queries.items():
            terms = query_terms(text)
            url = f"/{language}/recherche/"

            def query_alone(language=language, terms=terms):
                run_search(language, terms, restricted_paths())

            def view(url=url, text=text):
                response = client.get(url, {"q": text})
                assert response.status_code == 200, response.status_code

            results, _page = run_search(language, terms, restricted_paths())
            client.get(url, {"q": text})  # warm caches the way a running site has them
            with CaptureQueriesContext(connection) as queries_made:
                view()
            row = {
                "language": language,
                "label": label,
                "query": text,
                "hits": results.count,
                "queries": len(queries_made),
                "alone": timed(query_alone, repeat),
                "view": timed(view, repeat),
            }
            if baseline:
                locale = locales[language]

                def stock(text=text, locale=locale):
                    found = Page.objects.live().filter(locale=locale).search(text)
                    list(found[:10])
                    found.count()

                row["stock"] = timed(stock, repeat)
                row["stock_hits"] = Page.objects.live().filter(locale=locale).search(text).count()
            rows.append(row)
    return rows


def explain(labels):
    """EXPLAIN ANALYZE of the ranked statement (page of ids and count) for the named queries, as run_search runs it."""
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from core.content_cache import restricted_paths
    from search.query import run_search
    from search.text import query_terms

    for language, queries in QUERIES.items():
        for label, text in queries.items():
            if label not in labels:
                continue
            with CaptureQueriesContext(connection) as captured:
                run_search(language, query_terms(text), restricted_paths())
            ranked = next(q["sql"] for q in captured.captured_queries if "ts_rank_cd" in q["sql"])
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + ranked)
                plan = "\n".join(row[0] for row in cursor.fetchall())
            print(f"### {language} {label}: `{text}`\n{plan}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20_000, help="pages per language")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--reanalyse",
        action="store_true",
        help="analyse the stored text again with the current search.text (a copy of a database seeded before)",
    )
    parser.add_argument(
        "--explain",
        action="append",
        default=[],
        metavar="LABEL",
        help="print EXPLAIN ANALYZE of the ranked statement for these queries (common, rare, …) instead of timing",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        sys.exit("This benchmark needs PostgreSQL (DATABASE_URL).")
    ensure_database()
    from django.core.management import call_command
    from django.db import connection

    from search.models import SearchEntry

    if args.reseed:
        connection.close()
        import psycopg

        name = settings.DATABASES["default"]["NAME"]
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    call_command("migrate", verbosity=0)
    call_command("compile_catalogues", verbosity=0)
    rng = random.Random(20241)
    timings = {}
    if SearchEntry.objects.count() < args.pages * 2:
        timings = seed(args.pages, rng)
        print(
            f"seeded {args.pages} pages per language in {timings['seed_seconds']:.1f} s; "
            f"search entries in {timings['entry_seconds']:.1f} s"
        )
        if not args.no_baseline:
            print(f"stock Wagtail index built in {stock_index(sys.stdout):.1f} s")
    if args.reanalyse:
        print(f"stored text analysed again in {reanalyse(args.pages, random.Random(20241)):.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('search_searchentry'))")
        ours = cursor.fetchone()[0]
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('wagtailsearch_indexentry'))")
        stock_size = cursor.fetchone()[0]
    print(f"index size: ours {ours}, stock {stock_size}")
    if args.explain:
        explain(args.explain)
        return
    rows = measure(args.repeat, not args.no_baseline)
    header = "| language | query | hits | queries | view median / p95 (ms) | query alone median / p95 (ms) |"
    header += " stock query median / p95 (ms) | stock hits |" if not args.no_baseline else ""
    print(header)
    for row in rows:
        line = (
            f"| {row['language']} | {row['label']}: `{row['query']}` | {row['hits']} | {row['queries']} | "
            f"{row['view'][0]:.1f} / {row['view'][1]:.1f} | {row['alone'][0]:.1f} / {row['alone'][1]:.1f} |"
        )
        if "stock" in row:
            line += f" {row['stock'][0]:.1f} / {row['stock'][1]:.1f} | {row['stock_hits']} |"
        print(line)


if __name__ == "__main__":
    main()
