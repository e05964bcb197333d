#!/usr/bin/env python
"""How the reader's news listing scales: medians at 1,000 then 20,000 articles, same process.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/news_listing_scale.py
        [--sizes 1000 20000] [--runs 30]

Creates a throwaway test database (test_NAME), bulk-creates live articles under one news
index (tree paths computed by treebeard, specific rows inserted in bulk, no revisions),
requests a few listing URLs and pages as deep as the listing (its middle and its last,
also read with OFFSET as before keyset pagination, for comparison) through the test
client, and prints a markdown table with the ratio 20,000 / 1,000 for each URL, for the
request and for the query that reads the items. Caches are warm, as on a live site: the
first request after a publication pays for the counts and page boundaries once.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

SIZES = (1_000, 20_000)
RUNS = 30
URLS = (
    "/fr/actualites/",
    "/fr/actualites/?page=40",
    "/fr/actualites/?theme=migration",
    "/fr/actualites/?kind=communique&year=2015",
    "/fr/actualites/rss/",
)
# Pages as deep as the listing: the middle one and the last one, at each size (page N of
# size / 12 / 2, as in listings.py), unfiltered and on the theme (one article in ten).
DEEP = {
    "middle page": lambda size: f"/fr/actualites/?page={size // 12 // 2}",
    "last page": lambda size: f"/fr/actualites/?page={-(-size // 12)}",
    "theme, middle page": lambda size: f"/fr/actualites/?theme=migration&page={size // 10 // 12 // 2}",
}


def add_articles(index, theme, start, stop):
    from wagtail.models import Page

    from core.content_cache import bump_generation
    from news.models import ArticlePage

    content_type = ContentType.objects.get_for_model(ArticlePage)
    now = timezone.now()
    index.refresh_from_db()
    pages = []
    for n in range(start, stop):
        slug = f"article-{n}"
        pages.append(
            Page(
                title=f"Article {n}",
                draft_title=f"Article {n}",
                slug=slug,
                path=ArticlePage._get_path(index.path, index.depth + 1, index.numchild + 1 + n - start),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
    with transaction.atomic():
        created = Page.objects.bulk_create(pages, batch_size=2000)
        rows = []
        for n, page in zip(range(start, stop), created, strict=True):
            date = datetime.date(2015, 1, 1) + datetime.timedelta(days=n % 3650)
            kind = "communique" if n % 5 == 0 else "actualite"
            rows.append((page.pk, date, f"Résumé {n}", "[]", kind))
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO news_articlepage (page_ptr_id, date, summary, body, kind, main_image_caption,"
                " main_image_credit) VALUES (%s, %s, %s, %s, %s, '', '')",
                rows,
            )
        through = ArticlePage.themes.through
        through.objects.bulk_create(
            [through(articlepage_id=page.pk, theme_id=theme.pk) for page in created[::10]], batch_size=5000
        )
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(created))
    bump_generation()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def urls_for(size):
    """{label: url}: the fixed URLs, then the deep pages for `size` articles."""
    urls = {f"`{url}`": url for url in URLS}
    urls.update({f"{label} (`?page={deep(size).rsplit('=', 1)[1]}`)": deep(size) for label, deep in DEEP.items()})
    return urls


def measure(client, size):
    """{label: (median request ms, items query ms)}; deep pages also as they were read before, with OFFSET."""
    from news import listing

    results = {}
    for label, url in urls_for(size).items():
        key = label.split(" (")[0]
        results[key] = time_url(client, url)
        if key in DEEP:
            seek_after = listing.OFFSET_PAGES
            listing.OFFSET_PAGES = 10**9
            try:
                results[f"{key}, OFFSET"] = time_url(client, url)
            finally:
                listing.OFFSET_PAGES = seek_after
    return results


def time_url(client, url):
    assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    return statistics.median(timings), items_query_ms(client, url)


def items_query_ms(client, url, runs=7):
    """Median server-side time of the query that reads the listing's items (PostgreSQL only).

    Less disturbed by a loaded machine than the request time, and it is what grows with OFFSET.
    """
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        return None
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    sql = next((q["sql"] for q in queries if "LIMIT 12" in q["sql"] and "news_articlepage" in q["sql"]), None)
    if sql is None:  # the feed reads its items without a page
        return None
    times = []
    with connection.cursor() as cursor:
        for _ in range(runs):
            cursor.execute("EXPLAIN (ANALYZE, TIMING OFF) " + sql)
            line = next(row[0] for row in cursor.fetchall() if row[0].startswith("Execution Time"))
            times.append(float(line.split(":")[1].split()[0]))
    return statistics.median(times)


def ratio(small, large):
    return f"{large / small:.2f}" if small and large is not None else "—"


def ms(value):
    return "—" if value is None else f"{value:.2f}"


def print_plan(client, url):
    """The plan of the query that reads a listing page's items, at the larger size."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    sql = next(q["sql"] for q in queries if "LIMIT 12" in q["sql"] and "news_articlepage" in q["sql"])
    print(url)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN ANALYZE " + sql)
        print("\n".join(row[0] for row in cursor.fetchall()))


def main():
    global SIZES, RUNS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=SIZES, help="articles at the first and second size")
    parser.add_argument("--runs", type=int, default=RUNS, help="timed requests per URL")
    args = parser.parse_args()
    SIZES, RUNS = tuple(args.sizes), args.runs
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from home.site_setup import ensure_site
        from news.models import NewsIndexPage, Theme

        home = ensure_site()
        index = NewsIndexPage(title="Actualités", slug="actualites")
        home.add_child(instance=index)
        index.save_revision().publish()
        theme = Theme.objects.create(locale_id=index.locale_id, name="Migration", slug="migration")
        client = Client()
        add_articles(index, theme, 0, SIZES[0])
        measure(client, SIZES[0])  # warm-up: templates, translations, connection, PostgreSQL buffers
        small = measure(client, SIZES[0])
        add_articles(index, theme, SIZES[0], SIZES[1])
        measure(client, SIZES[1])  # the first request after the growth computes the cached counts
        large = measure(client, SIZES[1])
        print_plan(client, URLS[0])
        print_plan(client, DEEP["middle page"](SIZES[1]))
        print(
            f"| URL | {SIZES[0]:,} articles (ms) | {SIZES[1]:,} articles (ms) | ratio"
            f" | items query at {SIZES[0]:,} (ms) | at {SIZES[1]:,} (ms) | ratio |"
        )
        print("|---|---|---|---|---|---|---|")
        for key in small:
            label = key
            deep = DEEP.get(key.removesuffix(", OFFSET"))
            if deep:
                pages = [deep(size).rsplit("=", 1)[1] for size in SIZES]
                label = f"{key} (`?page=` {pages[0]} / {pages[1]})"
            (request_small, query_small), (request_large, query_large) = small[key], large[key]
            print(
                f"| {label} | {request_small:.1f} | {request_large:.1f} | {ratio(request_small, request_large)}"
                f" | {ms(query_small)} | {ms(query_large)} | {ratio(query_small, query_large)} |"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
