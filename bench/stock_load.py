#!/usr/bin/env python
"""Load benchmark against stock Wagtail 8: the site's uncached pages and the same content in a stock project.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME_bench REDIS_URL=redis://127.0.0.1:6379/N \\
        .venv/bin/python bench/stock_load.py [--sizes 1000 20000] [--duration 3] [--skip-setup] [--profile]

Needs wrk (`apt-get install -y wrk`).

1. Prepares the site's database as bench/load.py does (its name must contain `bench`; it is
   dropped and recreated: migrate, setup_site, load_demo, collectstatic), unless --skip-setup
   (seeding only adds pages: with --skip-setup, the database must not hold more than the
   smallest size).
2. For each size, bulk-creates articles and publications up to that many per language
   (bench/load.py's seeding), then copies the French tree into a stock Wagtail 8 project
   (bench/stock_wagtail/: `wagtail start` settings, tutorial-style models and templates) in a
   database of its own, NAME_stock (dropped and recreated): every French page (home, news and
   publications indexes, articles, publications, standard pages) with its title, slug, dates,
   summary and stream data, the images, documents and cached embeds, all under the same ids, so
   images, documents and page links in the stream data resolve to the same objects.
3. Serves both with production-like settings (DEBUG off) under gunicorn, deploy/gunicorn.conf.py,
   2 workers: the site with PAGE_CACHE=0 (bench/load.py's "uncached"), the stock project as it
   is (Django's local-memory cache, as a new project has). Runs wrk (`--duration` seconds,
   8 connections, 2 threads) on each page, the site then stock, and prints requests/s, p50/p99,
   errors, the ratio site/stock, the bytes, and the queries each page makes (Django's test client
   in a child process, second request, after a warm-up).

Pages: home, news index (page 1 and the middle page), the demo article with the longest body
and the last bulk-created article (the one bench/load.py measures), the publications index, the
demo publication with the longest body and the last bulk-created one. Both sides render the
same renditions (the site's `{% picture %}` specs) and 12 items per listing page.

--profile then profiles the home page and the demo article on both sides at the largest size
(cProfile, 20 requests through the test client in a child process): time per request in SQL
(sending and waiting for PostgreSQL), in the cache (the site's Redis calls), the rest (Python:
middleware, ORM, templates), and the top functions by own time.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import load  # noqa: E402

PYTHON = sys.executable
ARTIFACTS = ROOT / "test-artifacts" / "stock-load"
STOCK_SETTINGS = "bench.stock_wagtail.settings"
SIDES = ("site", "stock")
# Our page model (content type's model name) → the stock model, and the specific columns copied.
PAGE_TYPES = {
    "homepage": ("HomePage", ("intro", "hero_article_id", "newsletter_teaser")),
    "newsindexpage": ("NewsIndexPage", ("intro",)),
    "articlepage": (
        "ArticlePage",
        ("date", "kind", "summary", "main_image_id", "main_image_caption", "main_image_credit", "body"),
    ),
    "publicationindexpage": ("PublicationIndexPage", ("intro",)),
    "publicationpage": ("PublicationPage", ("date", "summary", "cover_image_id", "document_id", "featured", "body")),
    "standardpage": ("StandardPage", ("summary", "body")),
}
STREAM_COLUMNS = {("homepage", "intro")}  # and every `body`
PAGE_COLUMNS = (
    "id",
    "title",
    "draft_title",
    "slug",
    "path",
    "depth",
    "url_path",
    "seo_title",
    "search_description",
    "show_in_menus",
    "live",
    "first_published_at",
    "last_published_at",
)


def stock_environment(env):
    url = env["DATABASE_URL"]
    stock = dict(env, DJANGO_SETTINGS_MODULE=STOCK_SETTINGS, DATABASE_URL=url.rsplit("?", 1)[0] + "_stock")
    stock.pop("PAGE_CACHE", None)
    return stock


def child(env, *args):
    """Runs this script in a child process with `env`; returns the last line of its output, parsed as JSON."""
    out = subprocess.run([PYTHON, __file__, *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- export (child, the site's settings) ---


def export(path, size):
    from bench.database import setup_django

    setup_django()
    from django.db import connection
    from wagtail.documents import get_document_model
    from wagtail.embeds.models import Embed
    from wagtail.images import get_image_model
    from wagtail.models import Page

    def rows(model, **filters):
        fields = [field.attname for field in model._meta.concrete_fields]
        return [dict(zip(fields, row, strict=True)) for row in model.objects.filter(**filters).values_list(*fields)]

    home = Page.objects.get(depth=2, locale__language_code="fr", live=True)
    pages = []
    for page in Page.objects.descendant_of(home, inclusive=True).select_related("content_type").order_by("path"):
        if page.content_type.model in PAGE_TYPES:
            row = {column: getattr(page, column) for column in PAGE_COLUMNS}
            pages.append({**row, "type": page.content_type.model})
    by_type = {}
    for page in pages:
        by_type.setdefault(page["type"], []).append(page["id"])
    specific = {}
    with connection.cursor() as cursor:
        for model_name, ids in by_type.items():
            model = Page.objects.filter(pk=ids[0]).first().specific_class
            columns = PAGE_TYPES[model_name][1]
            cursor.execute(
                f"SELECT page_ptr_id, {', '.join(columns)} FROM {model._meta.db_table} WHERE page_ptr_id = ANY(%s)",
                [ids],
            )
            for row in cursor.fetchall():
                specific[row[0]] = dict(zip(columns, row[1:], strict=True))
    for page in pages:
        page.update(specific[page["id"]])

    def pick(kind, bulk):
        listed = [page for page in pages if page["type"] == kind and ("-bench-" in page["slug"]) == bulk]
        if bulk:
            return max(listed, key=lambda page: page["path"])["id"]
        return max(listed, key=lambda page: len(json.dumps(page["body"])))["id"]

    first = {kind: next(page["id"] for page in pages if page["type"] == kind) for kind in by_type}
    chosen = [
        ("home", first["homepage"], ""),
        ("news index", first["newsindexpage"], ""),
        ("news, deep page", first["newsindexpage"], f"?page={max(1, size // 12 // 2)}"),
        ("article (demo, longest body)", pick("articlepage", False), ""),
        ("article (bulk-created)", pick("articlepage", True), ""),
        ("publications index", first["publicationindexpage"], ""),
        ("publication (demo, longest body)", pick("publicationpage", False), ""),
        ("publication (bulk-created)", pick("publicationpage", True), ""),
    ]
    data = {
        "pages": pages,
        "images": rows(get_image_model()),
        "documents": rows(get_document_model()),
        "embeds": rows(Embed),
        "chosen": chosen,
    }
    Path(path).write_text(json.dumps(data, default=str))
    urls = {label: Page.objects.get(pk=pk).get_url() + query for label, pk, query in chosen}
    print(json.dumps(urls))


# --- import (child, the stock settings) ---


def import_stock(path):
    from bench.database import reset_bench_database, setup_django

    reset_bench_database(None)
    setup_django(migrate=True)
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from wagtail.documents import get_document_model
    from wagtail.embeds.models import Embed
    from wagtail.images import get_image_model
    from wagtail.models import Collection, Locale, Page, Site

    data = json.loads(Path(path).read_text())

    def typed(model, row):
        fields = {field.attname: field for field in model._meta.concrete_fields}
        return {name: fields[name].to_python(value) for name, value in row.items() if name in fields}

    with transaction.atomic():
        Page.objects.filter(depth__gt=1).delete()  # the welcome page and its site
        root = Collection.get_first_root_node()
        for model, rows in ((get_image_model(), data["images"]), (get_document_model(), data["documents"])):
            model.objects.bulk_create(
                [model(**typed(model, {**row, "collection_id": root.pk, "uploaded_by_user_id": None})) for row in rows]
            )
        Embed.objects.bulk_create([Embed(**typed(Embed, row)) for row in data["embeds"]])
        locale = Locale.get_default()
        pages = data["pages"]
        children = {}
        for page in pages:
            children[page["path"][:-4]] = children.get(page["path"][:-4], 0) + 1
        models = {kind: apps.get_model("stock_wagtail", name) for kind, (name, _columns) in PAGE_TYPES.items()}
        content_types = {kind: ContentType.objects.get_for_model(model) for kind, model in models.items()}
        Page.objects.bulk_create(
            [
                Page(
                    **typed(Page, {column: page[column] for column in PAGE_COLUMNS}),
                    numchild=children.get(page["path"], 0),
                    content_type=content_types[page["type"]],
                    locale=locale,
                    has_unpublished_changes=False,
                )
                for page in pages
            ],
            batch_size=2000,
        )
        with connection.cursor() as cursor:
            for kind, (_name, columns) in PAGE_TYPES.items():
                rows = [page for page in pages if page["type"] == kind]
                if not rows:
                    continue
                values = [
                    (
                        page["id"],
                        *(
                            json.dumps(page[c]) if (kind, c) in STREAM_COLUMNS or c == "body" else page[c]
                            for c in columns
                        ),
                    )
                    for page in rows
                ]
                cursor.executemany(
                    f"INSERT INTO {models[kind]._meta.db_table} (page_ptr_id, {', '.join(columns)})"
                    f" VALUES ({', '.join(['%s'] * (len(columns) + 1))})",
                    values,
                )
            for model in (Page, get_image_model(), get_document_model(), Embed):
                table = model._meta.db_table
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        home = Page.objects.get(depth=2)
        Page.objects.filter(depth=1).update(numchild=1)
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    urls = {label: Page.objects.get(pk=pk).get_url() + query for label, pk, query in data["chosen"]}
    print(json.dumps(urls))


# --- queries and profile (child, either side's settings) ---


def count_queries(urls, repeat=15):
    """Queries of each page's second request, and the median time of `repeat` more, through the test client."""
    import statistics
    import time

    from bench.database import setup_django

    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    measured = {}
    for label, url in json.loads(urls).items():
        client.get(url)  # renditions, fragments, the worker's caches: as wrk finds them after the warm-up
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        count = len(queries)  # now: the next request's signal empties the connection's log
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}")
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        measured[label] = {"queries": count, "ms": statistics.median(times)}
    print(json.dumps(measured))


def profile(urls, requests=20):
    """cProfile over `requests` requests of each page: time per request in SQL, in the cache, the rest."""
    import cProfile
    import io
    import pstats

    from bench.database import setup_django

    setup_django()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    report = {}
    for label, url in json.loads(urls).items():
        client.get(url)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(requests):
            client.get(url)
        profiler.disable()
        stats = pstats.Stats(profiler)

        def cumulative(path_end, function, stats=stats):
            return sum(
                row[3]
                for (path, _line, name), row in stats.stats.items()
                if path.endswith(path_end) and name == function
            )

        total = cumulative("django/test/client.py", "request") / requests * 1000
        sql = cumulative("django/db/backends/utils.py", "_execute") / requests * 1000
        cache = cumulative("core/cache.py", "_call") / requests * 1000
        out = io.StringIO()
        stats.stream = out
        stats.strip_dirs().sort_stats("tottime").print_stats(15)
        report[label] = {"total": total, "sql": sql, "cache": cache, "top": out.getvalue()}
    print(json.dumps(report))


# --- the run ---


def run_size(env, stock_env, found, size, args, workdir):
    print(f"\n## {size:,} articles and {size:,} publications per language", flush=True)
    subprocess.run([PYTHON, load.__file__, "--seed", str(size)], cwd=ROOT, env=env, check=True)
    exported = workdir / "content.json"
    urls = {"site": child(env, "--export", str(exported), "--size", str(size))}
    urls["stock"] = child(stock_env, "--import", str(exported))
    uncached = dict(env, PAGE_CACHE="0")
    queries = {
        "site": child(uncached, "--queries", json.dumps(urls["site"])),
        "stock": child(stock_env, "--queries", json.dumps(urls["stock"])),
    }
    servers = load.Servers(env, found, workdir, workdir)
    ports = {side: load.free_port() for side in SIDES}
    results = {}
    uptime = {"before": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()}
    try:
        for side, side_env, app in (
            ("site", uncached, "site_project.wsgi:application"),
            ("stock", stock_env, "bench.stock_wagtail.wsgi:application"),
        ):
            command = [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", app]
            servers.start(command, dict(side_env, GUNICORN_BIND=f"127.0.0.1:{ports[side]}"))
        for side in SIDES:
            load.wait_for(f"http://127.0.0.1:{ports[side]}{urls[side]['home']}")
        for label in urls["site"]:
            results[label] = {}
            for side in SIDES:
                url = f"http://127.0.0.1:{ports[side]}{urls[side][label]}"
                status, body = load.fetch(url)  # warm: renditions, the worker's templates
                load.fetch(url)
                if status != 200:
                    sys.exit(f"{url} answered {status}")
                results[label][side] = {
                    **load.wrk(found, url, args),
                    "bytes": len(body),
                    "queries": queries[side][label]["queries"],
                    "client_ms": queries[side][label]["ms"],
                    "path": urls[side][label],
                }
            print(
                f"{label}: site {results[label]['site']['rps']:.0f}, stock {results[label]['stock']['rps']:.0f}",
                flush=True,
            )
    finally:
        servers.stop()
    uptime["after"] = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    return {"pages": results, "uptime": uptime}


def table(size, run, args):
    lines = [
        f"### {size:,} per language",
        "",
        f"`uptime` before: {run['uptime']['before']}; after: {run['uptime']['after']}."
        f" wrk -d{args.duration}s -c{args.connections} -t{args.threads}.",
        "",
        "Requests/s under wrk (p50 / p99 ms); median of 15 requests through the test client (one process,"
        " no concurrency); queries per request.",
        "",
        "| page | site uncached | stock Wagtail | site / stock | test client ms site / stock"
        " | queries site / stock | bytes site / stock | errors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, row in run["pages"].items():
        site, stock = row["site"], row["stock"]
        lines.append(
            f"| {label} | {load.cell(site)} | {load.cell(stock)} | {site['rps'] / stock['rps']:.2f}"
            f" | {site['client_ms']:.1f} / {stock['client_ms']:.1f}"
            f" | {site['queries']} / {stock['queries']} | {site['bytes']:,} / {stock['bytes']:,}"
            f" | {site['errors'] + stock['errors']} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=(1_000, 20_000), help="pages per language")
    parser.add_argument("--duration", type=int, default=3, help="seconds of each wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-setup", action="store_true", help="the site's database is ready (demo content loaded)")
    parser.add_argument("--profile", action="store_true", help="profile the site's demo article at the end")
    parser.add_argument("--export", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--import", dest="import_from", help=argparse.SUPPRESS)
    parser.add_argument("--queries", help=argparse.SUPPRESS)
    parser.add_argument("--profile-urls", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export:
        return export(args.export, args.size)
    if args.import_from:
        return import_stock(args.import_from)
    if args.queries:
        return count_queries(args.queries)
    if args.profile_urls:
        return profile(args.profile_urls)
    env = load.environment()
    found = load.tools()
    stock_env = stock_environment(env)
    os.environ.update({"DJANGO_SETTINGS_MODULE": env["DJANGO_SETTINGS_MODULE"]})
    if not args.skip_setup:
        load.prepare(env)
    else:
        load.manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    by_size = {}
    workdir = Path(tempfile.mkdtemp(prefix="stock-load-bench-"))
    for size in sorted(args.sizes):
        by_size[size] = run_size(env, stock_env, found, size, args, workdir)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "results.json").write_text(json.dumps(by_size, indent=1))
    print(f"\n{os.cpu_count()} cores\n")
    for size, run in by_size.items():
        print(table(size, run, args) + "\n")
    if args.profile:
        pages = by_size[max(by_size)]["pages"]
        labels = ("home", "article (demo, longest body)")
        print(f"### Profile ({max(by_size):,} per language, cProfile, 20 requests through the test client)\n")
        print(
            "| page | side | ms per request | SQL (send + wait) | cache (Redis) | the rest |\n|---|---|---|---|---|---|"
        )
        tops = {}
        for side, side_env in (("site", dict(env, PAGE_CACHE="0")), ("stock", stock_env)):
            urls = {label: pages[label][side]["path"] for label in labels}
            for label, row in child(side_env, "--profile-urls", json.dumps(urls)).items():
                rest = row["total"] - row["sql"] - row["cache"]
                print(f"| {label} | {side} | {row['total']:.1f} | {row['sql']:.1f} | {row['cache']:.1f} | {rest:.1f} |")
                tops[(label, side)] = row["top"]
        for (label, side), top in tops.items():
            print(f"\n#### {label}, {side}: top functions by own time\n\n```\n{top.strip()}\n```")


if __name__ == "__main__":
    main()
