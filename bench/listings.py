"""Listing benchmark: render times and query counts per page type at two site sizes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_demo_bench .venv/bin/python bench/listings.py

The database is dropped, created and migrated by the script: its name must contain "bench"
(without DATABASE_URL, a SQLite file under test-artifacts/ is used). The demo site is loaded,
then articles are added in bulk under each language's news index up to each size, and every
page type is requested many times through Django's test client. A stock Wagtail listing
(get_children().live().specific() + Paginator) is measured in the same process as a baseline.
Results are printed as Markdown; record them in bench/listings.md.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.database import reset_bench_database, setup_django  # noqa: E402

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE = BASE_DIR / "test-artifacts" / "bench-listings.sqlite3"
PAGE_SIZE_GUESS = 12  # only used to pick a "deep" page number; the listing decides its real page size


# Data creation (also used by tests/test_bench_listings.py)


def bulk_create_articles(index, count, *, translation_keys=None, themes=(), image=None, today=None):
    """Adds `count` live ArticlePages under `index` in a few queries, with treebeard paths computed.

    `translation_keys`, when given, makes the new pages translations of existing ones (one key each).
    Returns the new pages (base Page objects). Pages made this way have no revisions and are not
    in the search index.
    """
    import uuid

    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Page

    from news.models import ArticlePage

    today = today or datetime.date.today()
    content_type = ContentType.objects.get_for_model(ArticlePage)
    with transaction.atomic():
        index = Page.objects.select_for_update().get(pk=index.pk)
        last_child = index.get_last_child()
        first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
        now = timezone.now()
        pages = []
        for number in range(count):
            step = first_step + number
            slug = f"article-{index.locale.language_code}-{step}"
            published = now - datetime.timedelta(hours=number * 5)
            pages.append(
                Page(
                    title=f"Article de référence n° {step}",
                    draft_title=f"Article de référence n° {step}",
                    slug=slug,
                    path=Page._get_path(index.path, index.depth + 1, step),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    content_type=content_type,
                    locale_id=index.locale_id,
                    translation_key=translation_keys[number] if translation_keys else uuid.uuid4(),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                )
            )
        pages = Page.objects.bulk_create(pages, batch_size=1000)

        fields = ArticlePage._meta.local_concrete_fields
        articles = []
        for number, page in enumerate(pages):
            article = ArticlePage(
                page_ptr_id=page.pk,
                date=today - datetime.timedelta(days=number % 3000),
                kind=ArticlePage.Kind.PRESS_RELEASE if number % 4 == 0 else ArticlePage.Kind.NEWS,
                summary="Résumé de l’article : le Conseil rend compte d’une visite et de ses recommandations.",
                main_image=image,
                body=[{"type": "paragraph", "value": "<p>Texte de l’article de référence.</p>"}],
            )
            articles.append(article)
        for start in range(0, len(articles), 1000):
            ArticlePage._base_manager._insert(articles[start : start + 1000], fields=fields)

        if themes:
            through = ArticlePage.themes.through
            links = [
                through(articlepage_id=page.pk, theme_id=themes[number % len(themes)].pk)
                for number, page in enumerate(pages)
            ]
            through.objects.bulk_create(links, batch_size=2000)

        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    return pages


def grow_news(size, languages):
    """Brings each language's news index to `size` bulk articles (Arabic ones translate French ones)."""
    from wagtail.images import get_image_model

    from news.models import ArticlePage, NewsIndexPage, Theme

    image = get_image_model().objects.order_by("pk").first()
    keys = None
    for code in languages:
        index = NewsIndexPage.objects.get(locale__language_code=code)
        existing = ArticlePage.objects.child_of(index).filter(slug__startswith="article-").count()
        if existing >= size:
            continue
        themes = list(Theme.objects.filter(locale=index.locale).order_by("slug"))
        if keys is None:
            created = bulk_create_articles(index, size - existing, themes=themes, image=image)
            keys = [page.translation_key for page in created]
        else:
            bulk_create_articles(index, size - existing, translation_keys=keys, themes=themes, image=image)


# Measurement


def template_exists(name):
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template

    try:
        get_template(name)
    except TemplateDoesNotExist:
        return False
    return True


def timed(call, requests):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    call()  # warm-up: renditions, template loading, caches
    with CaptureQueriesContext(connection) as queries:
        result = call()
    query_count = len(queries)  # now: each request's start clears the connection's query log
    durations = []
    for _ in range(requests):
        start = time.perf_counter()
        call()
        durations.append((time.perf_counter() - start) * 1000)
    return statistics.median(durations), query_count, result, min(durations)


def page_cases(code, size):
    from news.models import ArticlePage, NewsIndexPage, PublicationPage

    index = NewsIndexPage.objects.get(locale__language_code=code)
    article = ArticlePage.objects.child_of(index).filter(slug__startswith="article-").order_by("path")[size // 2]
    publication = PublicationPage.objects.filter(locale__language_code=code).live().order_by("-date").first()
    deep = max(2, size // PAGE_SIZE_GUESS // 2)
    news = index.url
    return [
        ("home", f"/{code}/", "home/home_page.html"),
        ("news index, page 1", news, "news/news_index_page.html"),
        (f"news index, page {deep}", f"{news}?page={deep}", "news/news_index_page.html"),
        ("news filtered (theme + year)", f"{news}?theme=privation-de-liberte&year=2025", "news/news_index_page.html"),
        ("article", article.url, "news/article_page.html"),
        ("publication index", publication.get_parent().url, "news/publication_index_page.html"),
        ("publication", publication.url, "news/publication_page.html"),
    ]


def stock_listing_cases(code, size):
    """The baseline: what a stock Wagtail listing does, rendered with a minimal template."""
    from django.core.paginator import Paginator
    from django.template import Context, Template
    from django.test import RequestFactory

    from news.models import NewsIndexPage

    template = Template(
        '{% load wagtailcore_tags %}<ul>{% for item in page_obj %}<li><a href="{% pageurl item %}">'
        "{{ item.title }}</a> {{ item.date }} {{ item.summary }}</li>{% endfor %}</ul>"
    )
    index = NewsIndexPage.objects.get(locale__language_code=code)
    request = RequestFactory().get(index.url)

    def render(number):
        articles = index.get_children().live().specific().order_by("-first_published_at")
        page_obj = Paginator(articles, PAGE_SIZE_GUESS).get_page(number)
        return template.render(Context({"page_obj": page_obj, "request": request}))

    deep = max(2, size // PAGE_SIZE_GUESS // 2)
    return [
        ("stock listing, page 1", lambda: render(1)),
        (f"stock listing, page {deep}", lambda: render(deep)),
    ]


def measure(size, languages, requests):
    from django.test import Client

    client = Client(raise_request_exception=False)
    rows = []
    for code in languages:
        for label, url, template in page_cases(code, size):
            if not template_exists(template):
                rows.append((code, _generic(label), None, None, "no template", None))
                continue
            median, queries, response, fastest = timed(lambda url=url: client.get(url), requests)
            rows.append((code, _generic(label), median, queries, response.status_code, fastest))
        for label, render in stock_listing_cases(code, size):
            median, queries, _html, fastest = timed(render, requests)
            rows.append((code, _generic(label), median, queries, "—", fastest))
    return rows


def _generic(label):
    """'news index, page 83' and 'page 1666' are the same row across sizes: 'news index, deep page'."""
    if label.endswith(", page 1"):
        return label
    if ", page " in label:
        return label.split(", page ")[0] + ", deep page"
    return label


def report(results, sizes):
    small, large = sizes[0], sizes[-1]
    lines = [
        f"| lang | page | median ms at {small:,} | queries | median ms at {large:,} | queries | growth "
        "| fastest at each size | status |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    keyed = {size: {(row[0], row[1]): row for row in rows} for size, rows in results.items()}
    for key, first in keyed[small].items():
        last = keyed[large].get(key, first)
        if first[2] is None:
            lines.append(f"| {key[0]} | {key[1]} | – | – | – | – | – | – | {first[4]} |")
            continue
        growth = last[2] / first[2] if first[2] else float("nan")
        lines.append(
            f"| {key[0]} | {key[1]} | {first[2]:.1f} | {first[3]} | {last[2]:.1f} | {last[3]} | "
            f"{growth:.2f}× | {first[5]:.0f} → {last[5]:.0f} ms | {last[4]} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000], help="articles per language")
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page type and size")
    parser.add_argument("--languages", nargs="+", default=["fr", "ar"])
    args = parser.parse_args()

    reset_bench_database(DEFAULT_SQLITE)
    setup_django()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection

    from demo.loader import load_demo

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    load_demo()
    print(
        f"Database: {connection.vendor} {connection.settings_dict['NAME']}; demo loaded in "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )

    results = {}
    for size in sorted(args.sizes):
        started = time.perf_counter()
        grow_news(size, args.languages)
        # Bulk rows bypass publishing, so nothing invalidated what listings cache (counts per year).
        cache.clear()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"{size:,} articles per language created in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        results[size] = measure(size, args.languages, args.requests)
    print(
        f"\n{datetime.date.today().isoformat()}, {os.cpu_count()} cores, {connection.vendor}, "
        f"{args.requests} requests per row\n"
    )
    print(report(results, sorted(args.sizes)))


if __name__ == "__main__":
    main()
