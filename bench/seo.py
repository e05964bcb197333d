#!/usr/bin/env python
"""What findability costs: the SEO head on an article page, and the sitemap as the site grows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/seo.py

Creates a throwaway test database (test_NAME), bulk-creates live articles in French with
their live Arabic translations (same translation key), then measures in the same process:
- an article page with the SEO head, against the same page with the head switched off
  (`core.seo.page_head` returning nothing): the ratio is the head's share;
- `/sitemap.xml` at two sizes, rebuilt (content generation bumped before each request) and
  cached: medians, queries, and the ratio large / small.
Prints markdown; record the figures in bench/seo.md.
"""

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
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

SIZES = (250, 2_500)  # articles per language
RUNS = 20


def add_articles(indexes, start, stop):
    """Live articles under each language's index, paired by translation key."""
    from wagtail.models import Page

    from core.content_cache import bump_generation
    from news.models import ArticlePage

    content_type = ContentType.objects.get_for_model(ArticlePage)
    now = timezone.now()
    keys = [uuid.uuid4() for _ in range(start, stop)]
    with transaction.atomic():
        for index in indexes:
            index.refresh_from_db()
            pages = [
                Page(
                    title=f"Article {n}",
                    draft_title=f"Article {n}",
                    slug=f"article-{n}",
                    path=ArticlePage._get_path(index.path, index.depth + 1, index.numchild + 1 + n - start),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}article-{n}/",
                    content_type=content_type,
                    locale_id=index.locale_id,
                    translation_key=key,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
                for n, key in zip(range(start, stop), keys, strict=True)
            ]
            created = Page.objects.bulk_create(pages, batch_size=2000)
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO news_articlepage (page_ptr_id, date, summary, body, kind, main_image_caption,"
                    " main_image_credit) VALUES (%s, '2026-01-01', %s, '[]', 'actualite', '', '')",
                    [(page.pk, f"Résumé {page.title}") for page in created],
                )
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(created))
    bump_generation()


def median_ms(client, url, before_each=None):
    assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(RUNS):
        if before_each:
            before_each()
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    return statistics.median(timings)


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context.captured_queries)


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from wagtail.models import Locale

        from core import seo
        from home.site_setup import ensure_site
        from news.models import NewsIndexPage
        from tests.factories import add_page, translate_page

        home = ensure_site()
        fr_index = add_page(home, NewsIndexPage(title="Actualités", slug="actualites"))
        ar_index = translate_page(fr_index, Locale.objects.get(language_code="ar"), title="الأخبار")
        add_articles([fr_index, ar_index], 0, SIZES[0])
        client = Client()
        article = "/fr/actualites/article-1/"

        with_head = median_ms(client, article)
        with_head_queries = queries(client, article)
        real_page_head = seo.page_head
        seo.page_head = lambda request, page: {}
        try:
            without_head = median_ms(client, article)
            without_head_queries = queries(client, article)
        finally:
            seo.page_head = real_page_head

        from core.content_cache import bump_generation

        def sitemap_figures():
            bump_generation()
            return (
                median_ms(client, "/sitemap.xml", before_each=bump_generation),
                queries(client, "/sitemap.xml"),
                median_ms(client, "/sitemap.xml"),
            )

        small = sitemap_figures()
        add_articles([fr_index, ar_index], SIZES[0], SIZES[1])
        large = sitemap_figures()

        print("| article page | median (ms) | queries |")
        print("|---|---|---|")
        print(f"| without the SEO head | {without_head:.1f} | {without_head_queries} |")
        print(f"| with the SEO head | {with_head:.1f} | {with_head_queries} |")
        print(f"| ratio | {with_head / without_head:.2f} | +{with_head_queries - without_head_queries} |")
        print()
        print("| sitemap.xml | after a publication (ms) | queries | cached (ms) |")
        print("|---|---|---|---|")
        print(f"| {2 * SIZES[0]:,} URLs | {small[0]:.1f} | {small[1]} | {small[2]:.1f} |")
        print(f"| {2 * SIZES[1]:,} URLs | {large[0]:.1f} | {large[1]} | {large[2]:.1f} |")
        print(f"| ratio | {large[0] / small[0]:.2f} | | {large[2] / small[2]:.2f} |")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
