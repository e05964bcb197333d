"""Legacy import benchmark: an export of FR/AR pairs with images and PDFs, imported, then imported again.

    .venv/bin/python bench/legacy_import.py --pairs 5000          # SQLite file under test-artifacts/
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt15_legacy_bench .venv/bin/python bench/legacy_import.py

The database is dropped and migrated by the script: its name must contain "bench". The script
writes a JSON Lines export under test-artifacts/bench-legacy/: `--pairs` French items each with
its Arabic translation, four in five of them articles (body with heading, list, inline image and
link; a main image of their own, shared by both languages) and one in five publications with a
French and an Arabic PDF. It then runs `import_legacy` on it and measures the time, the queries
per item and the peak memory of the process, and runs it a second time on the unchanged export.
Prints Markdown for bench/README.md.
"""

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.database import reset_bench_database, setup_django  # noqa: E402

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE = BASE_DIR / "test-artifacts" / "bench-legacy.sqlite3"
EXPORT = BASE_DIR / "test-artifacts" / "bench-legacy"

FRENCH_BODY = (
    "<p>La délégation du Conseil a visité l’établissement numéro {n} et rencontré <b>ses responsables</b>.</p>"
    "<h2>Constats</h2><ul><li>Surpopulation dans {n} cellules</li><li>Accès aux soins à améliorer</li></ul>"
    '<p><img src="/sites/default/files/images/photo-{n}.png" alt="Photo de la visite {n}"></p>'
    '<p>Voir le <a href="https://example.org/rapport-{n}">rapport complet</a>.</p>'
)
ARABIC_BODY = (
    "<p>زار وفد المجلس المؤسسة رقم {n} والتقى <b>بمسؤوليها</b>.</p>"
    "<h2>الملاحظات</h2><ul><li>اكتظاظ في {n} زنزانة</li><li>ضرورة تحسين الولوج إلى العلاج</li></ul>"
    '<p><img src="/sites/default/files/images/photo-{n}.png" alt="صورة الزيارة {n}"></p>'
    '<p>انظر <a href="https://example.org/rapport-{n}">التقرير الكامل</a>.</p>'
)
FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
ARABIC_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت"]


def write_export(pairs):
    from PIL import Image

    from demo.media import build_pdf

    images, documents = EXPORT / "files" / "images", EXPORT / "files" / "documents"
    images.mkdir(parents=True, exist_ok=True)
    documents.mkdir(parents=True, exist_ok=True)
    lines = []
    for n in range(pairs):
        colour = (n * 37 % 256, n * 91 % 256, n // 256 % 256)
        Image.new("RGB", (48, 32), colour).save(images / f"photo-{n}.png")
        day, month, year = n % 28 + 1, n % 8, 2010 + n % 15
        publication = n % 5 == 4
        common = {"tnid": 100000 + 2 * n, "type": "publication" if publication else "article"}
        french = {
            **common,
            "nid": 100000 + 2 * n,
            "langcode": "fr",
            "title": f"Visite de l’établissement numéro {n}",
            "created": f"{day} {FRENCH_MONTHS[month]} {year}",
            "summary": f"Compte rendu de la visite numéro {n}.",
            "body": FRENCH_BODY.format(n=n),
            "field_image": f"files/images/photo-{n}.png",
            "field_image_alt": f"Entrée de l’établissement {n}",
            "path": [f"actualites/visite-{n}"],
        }
        arabic = {
            **common,
            "nid": 100001 + 2 * n,
            "langcode": "ar",
            "title": f"زيارة المؤسسة رقم {n}",
            "created": f"{day} {ARABIC_MONTHS[month]} {year}",
            "summary": f"تقرير عن الزيارة رقم {n}.",
            "body": ARABIC_BODY.format(n=n),
            "field_image": f"files/images/photo-{n}.png",
            "field_image_alt": f"مدخل المؤسسة {n}",
            "path": [f"/ar/الأخبار/زيارة-{n}"],
        }
        if publication:
            for language, row in (("fr", french), ("ar", arabic)):
                name = f"rapport-{n}-{language}.pdf"
                (documents / name).write_bytes(build_pdf(f"Rapport {n} ({language})", [f"Rapport numero {n}."]))
                row["field_attachments"] = [f"files/documents/{name}"]
        lines += [json.dumps(french, ensure_ascii=False), json.dumps(arabic, ensure_ascii=False)]
    (EXPORT / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return EXPORT / "export.jsonl"


class QueryCounter:
    """Counts queries without keeping them (CaptureQueriesContext would hold millions)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def run(source, report):
    from django.core.management import call_command
    from django.db import connection

    counter = QueryCounter()
    start = time.perf_counter()
    with connection.execute_wrapper(counter):
        call_command("import_legacy", str(source), "--no-progress", "--report", str(report), verbosity=0)
    elapsed = time.perf_counter() - start
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    return elapsed, counter.count, summary


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=5000)
    args = parser.parse_args()
    reset_bench_database(DEFAULT_SQLITE)
    setup_django(migrate=True)
    from django.db import connection

    from home.site_setup import ensure_site

    ensure_site()
    start = time.perf_counter()
    source = write_export(args.pairs)
    written = time.perf_counter() - start
    items = 2 * args.pairs

    first = run(source, EXPORT / "report-first.json")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    second = run(source, EXPORT / "report-second.json")

    print(f"## Legacy import: {items:,} items ({args.pairs:,} FR/AR pairs), {connection.vendor}\n")
    print(f"Export written in {written:.0f} s ({args.pairs:,} images, {2 * (args.pairs // 5):,} PDFs).\n")
    print("| run | time | per item | queries | queries per item | created | updated | unchanged | failed |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, (elapsed, queries, summary) in (("first import", first), ("re-run, nothing changed", second)):
        print(
            f"| {name} | {elapsed:.0f} s | {1000 * elapsed / items:.0f} ms | {queries:,} | {queries / items:.1f} "
            f"| {summary['created']:,} | {summary['updated']:,} | {summary['unchanged']:,} | {summary['failed']:,} |"
        )
    print(f"\nPeak memory of the process (after the first import): {peak_mb:.0f} MB.")


if __name__ == "__main__":
    main()
