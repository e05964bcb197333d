"""Translation status benchmark: the report's batched queries against a page-by-page baseline.

    .venv/bin/python bench/translation_status.py                       # SQLite file under test-artifacts/
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_translation_bench .venv/bin/python bench/translation_status.py

The database is dropped and migrated by the script: its name must contain "bench". For each size,
French pages are added under the French home, a third of them translated with wagtail-localize
(half of those with every segment translated), then `translation_statuses()` is timed and its
queries counted, and so is a naive loop asking each page for its translation, its translation
record, its progress and its workflow, in the same process. Prints Markdown for
bench/translation_status.md.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.database import reset_bench_database, setup_django  # noqa: E402

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE = BASE_DIR / "test-artifacts" / "bench-translation.sqlite3"


def grow_site(home, ar, target):
    from django.utils import timezone
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    from home.models import StandardPage

    existing = StandardPage.objects.filter(locale=home.locale).count()
    for number in range(existing, target):
        page = StandardPage(title=f"Page {number}", slug=f"page-{number}", summary="Résumé de la page.")
        page.live, page.last_published_at = True, timezone.now()
        home.add_child(instance=page)
        home.refresh_from_db()
        if number % 3:
            continue
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation = Translation.objects.create(source=source, target_locale=ar)
        if number % 2 == 0:
            for segment in StringSegment.objects.filter(source=source):
                StringTranslation.objects.create(
                    translation_of=segment.string,
                    context=segment.context,
                    locale=ar,
                    data="نص عربي",
                    translation_type="manual",
                )
        translation.save_target(publish=False)


def naive_statuses(ar):
    """What a report written page by page would do."""
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    rows = []
    for page in Page.objects.filter(locale__language_code="fr", depth__gt=2).order_by("path"):
        translated = page.get_translation_or_none(ar)
        translation = Translation.objects.filter(source__object_id=page.translation_key, target_locale=ar).first()
        progress = translation.get_progress() if translation else None
        in_review = translated.workflow_in_progress if translated else False
        rows.append((page.pk, translated and translated.live, progress, in_review))
    return rows


def measure(function, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    reset_bench_database(DEFAULT_SQLITE)
    setup_django(migrate=True)
    from wagtail.models import Locale

    from editorial.status import translation_statuses
    from home.site_setup import ensure_site

    home = ensure_site()
    ar = Locale.objects.get(language_code="ar")
    print("| French pages | report (ms) | report queries | page by page (ms) | page-by-page queries | time ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        grow_site(home, ar, size)
        report_ms, report_queries = measure(lambda: translation_statuses(locale=ar), args.repeat)
        naive_ms, naive_queries = measure(lambda: naive_statuses(ar), args.repeat)
        print(
            f"| {size} | {report_ms:.1f} | {report_queries} | {naive_ms:.1f} | {naive_queries} | "
            f"{naive_ms / report_ms:.1f}× |"
        )


if __name__ == "__main__":
    main()
