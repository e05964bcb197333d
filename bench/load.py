#!/usr/bin/env python
"""Load benchmark: every public page type under wrk, uncached, cached in the app, behind Varnish, and the ceilings.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME_bench REDIS_URL=redis://127.0.0.1:6379/N \\
        .venv/bin/python bench/load.py [--sizes 1000 20000] [--duration 5] [--connections 8] [--threads 2]

Needs wrk (`apt-get install -y wrk`), nginx and varnishd (Debian packages `nginx`, `varnish`).

1. Prepares the database (its name must contain `bench`; it is dropped and recreated): migrate,
   setup_site, the demo content (`load_demo`), the static files, as bench/lighthouse.py does.
2. For each size, bulk-creates live articles and publications up to that many per language
   (tree paths from treebeard, specific rows inserted in bulk, as bench/news_listing_scale.py
   does; one in ten on a theme), then serves the site with production settings under gunicorn
   (deploy/gunicorn.conf.py, 2 workers), twice: with the page cache off (PAGE_CACHE=0) and on
   (Redis). Varnish runs deploy/varnish/default.vcl in front of the cached server (production
   has nginx between them; for a hit that changes nothing). The ceilings serve the very bytes
   each French page returned: a minimal Django view under the same gunicorn configuration
   (bench/load_ceiling.py) and nginx serving them as static files.
3. Runs wrk for `--duration` seconds on each French page (home, news index page 1, filtered by
   theme, the middle page, an article, publications index, a publication, the RSS feed, search)
   against each server, and prints Markdown tables: requests per second, p50/p99, errors
   (socket errors and non-2xx answers), the ratios cached / Django ceiling and Varnish / nginx,
   and the growth of each page between the two sizes. Raw results go to test-artifacts/load/.

Search results are never cached (by design), in the app or in Varnish: their "cached" rows show
that. The bulk-created pages are not in the search index (the search benchmark measures search
at 20,000 pages; here it searches the demo content).
"""

import argparse
import datetime
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
ARTIFACTS = ROOT / "test-artifacts" / "load"
MODES = ("uncached", "app cache", "Varnish", "Django ceiling", "nginx ceiling")


def environment():
    env = dict(os.environ)
    for name in ("DATABASE_URL", "REDIS_URL"):
        if not env.get(name):
            sys.exit(f"bench/load.py needs {name} (see the docstring)")
    if "bench" not in env["DATABASE_URL"].rsplit("/", 1)[-1]:
        sys.exit("the database name must contain 'bench': this script drops and fills it")
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "site_project.settings.production",
            "SECRET_KEY": env.get("SECRET_KEY") or "load-bench-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "BASE_URL": "http://127.0.0.1",
            "HTTPS": "false",
            "TASK_BACKEND": env.get("TASK_BACKEND") or "database",
            "DEMO_CONTENT": "1",
            "CACHE_KEY_PREFIX": env.get("CACHE_KEY_PREFIX") or "load-bench",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_ACCESS_LOG": "",
            "GUNICORN_LOG_LEVEL": "warning",
            # A worker recycled in the middle of a 5-second run would be measured, not the page.
            "GUNICORN_MAX_REQUESTS": "0",
        }
    )
    return env


def tools():
    found = {name: shutil.which(name) or shutil.which(name, path="/usr/sbin") for name in ("wrk", "nginx", "varnishd")}
    missing = [name for name, path in found.items() if not path]
    if missing:
        sys.exit(
            f"missing {', '.join(missing)}: apt-get install -y "
            + " ".join(name.replace("varnishd", "varnish") for name in missing)
        )
    return found


def manage(env, *args, capture=False):
    out = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=capture, text=True)
    return out.stdout


def prepare(env):
    from bench.database import reset_bench_database

    reset_bench_database(None)
    manage(env, "compile_catalogues", "--verbosity", "0")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "setup_site")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")


# --- seeding (runs in a child process with the production settings: `load.py --seed N`) ---


def add_pages(model, index, count, theme, fields):
    """Bulk-creates `count` live `model` pages under `index`; `fields(n)` gives the specific columns."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    index.refresh_from_db()
    start = index.numchild
    pages = []
    for n in range(start, start + count):
        slug = f"{model._meta.model_name}-bench-{n}"
        pages.append(
            Page(
                title=f"{model._meta.verbose_name} {n}",
                draft_title=f"{model._meta.verbose_name} {n}",
                slug=slug,
                path=model._get_path(index.path, index.depth + 1, n + 1),
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
        rows = [fields(n, page.pk) for n, page in enumerate(created)]
        columns = list(rows[0])
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {model._meta.db_table} ({', '.join(columns)})"
                f" VALUES ({', '.join(['%s'] * len(columns))})",
                [tuple(row[c] for c in columns) for row in rows],
            )
        if theme is not None:
            through = model.themes.through
            name = f"{model._meta.model_name}_id"
            through.objects.bulk_create(
                [through(**{name: page.pk, "theme_id": theme.pk}) for page in created[::10]], batch_size=5000
            )
        Page.objects.filter(pk=index.pk).update(numchild=start + len(created))


def seed(size):
    from bench.database import setup_django

    setup_django()
    from django.core.cache import cache
    from django.db import connection

    from core.content_cache import bump_generation
    from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage, Theme

    def listed(n, pk):
        return {
            "page_ptr_id": pk,
            "date": datetime.date(2015, 1, 1) + datetime.timedelta(days=n % 3650),
            "summary": f"Résumé {n}",
            "body": "[]",
        }

    for index_model, model, extra in (
        (
            NewsIndexPage,
            ArticlePage,
            lambda n: {
                "kind": "communique" if n % 5 == 0 else "actualite",
                "main_image_caption": "",
                "main_image_credit": "",
            },
        ),
        (PublicationIndexPage, PublicationPage, lambda n: {"featured": False}),
    ):
        for index in index_model.objects.live():
            have = model.objects.filter(locale_id=index.locale_id).count()
            theme = Theme.objects.filter(locale_id=index.locale_id).order_by("pk").first()
            if size > have:
                add_pages(model, index, size - have, theme, lambda n, pk, extra=extra: {**listed(n, pk), **extra(n)})
    bump_generation()
    cache.clear()  # the Redis database given to this benchmark
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def page_urls(env, size):
    """[(label, path)] of the French pages, read from the database."""
    script = f"""
import json
from home.models import HomePage
from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage, Theme
first = lambda model: model.objects.live().public().filter(locale__language_code="fr").order_by("path").first()
last = lambda model: model.objects.live().public().filter(locale__language_code="fr").order_by("-path").first()
news = first(NewsIndexPage)
theme = Theme.objects.filter(locale__language_code="fr").order_by("pk").first()
rows = [
    ("home", first(HomePage).get_url()),
    ("news index", news.get_url()),
    ("news, filtered (theme)", news.get_url() + "?theme=" + theme.slug),
    ("news, deep page", news.get_url() + "?page=" + str(max(1, {size} // 12 // 2))),
    ("article", last(ArticlePage).get_url()),
    ("publications index", first(PublicationIndexPage).get_url()),
    ("publication", last(PublicationPage).get_url()),
    ("feed (RSS)", news.get_url() + "rss/"),
    ("search", "/fr/recherche/?q=rapport"),
]
print(json.dumps(rows))
"""
    return json.loads(manage(env, "shell", "-c", script, capture=True).strip().splitlines()[-1])


# --- servers ---


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return response.read()
        except OSError:
            time.sleep(0.3)
    sys.exit(f"nothing answered {url}")


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read()


class Servers:
    """Starts the five servers for one size; stops each by its process id."""

    def __init__(self, env, found, pages, workdir):
        self.processes = []
        self.env, self.found, self.workdir = env, found, workdir
        self.ports = {mode: free_port() for mode in MODES}
        self.pages = pages

    def start(self, command, env=None, **kwargs):
        process = subprocess.Popen(command, cwd=ROOT, env=env or self.env, start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def app(self, mode, page_cache):
        env = {**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.ports[mode]}", "PAGE_CACHE": page_cache}
        self.start([PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "site_project.wsgi:application"], env)

    def ceilings(self):
        env = {key: value for key, value in self.env.items() if key != "DJANGO_SETTINGS_MODULE"}
        env.update(GUNICORN_BIND=f"127.0.0.1:{self.ports['Django ceiling']}", LOAD_BENCH_PAGES=str(self.pages))
        self.start([PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "bench.load_ceiling:application"], env)
        user = "user root;" if os.geteuid() == 0 else ""
        conf = self.workdir / "nginx.conf"
        temp = self.workdir / "nginx-temp"
        temp.mkdir(exist_ok=True)
        conf.write_text(
            f"""{user}
daemon off;
worker_processes 2;
pid {self.workdir}/nginx.pid;
error_log {self.workdir}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    server {{
        listen 127.0.0.1:{self.ports["nginx ceiling"]};
        root {self.pages};
    }}
}}
"""
        )
        self.start([self.found["nginx"], "-c", str(conf)])

    def varnish(self):
        vcl = self.workdir / "vcl"
        vcl.mkdir(exist_ok=True)
        backend = (ROOT / "deploy/varnish/backend.vcl").read_text()
        (vcl / "backend.vcl").write_text(backend.replace('"8080"', f'"{self.ports["app cache"]}"'))
        args = ["-F", "-j", "none", "-a", f"127.0.0.1:{self.ports['Varnish']}", "-n", str(self.workdir / "varnish")]
        args += ["-f", str(ROOT / "deploy/varnish/default.vcl"), "-s", "malloc,256m"]
        args += ["-p", f"vcl_path={vcl}:{ROOT / 'deploy/varnish'}"]
        self.start([self.found["varnishd"], *args], stdout=subprocess.DEVNULL)

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# --- wrk ---


def to_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(found, url, args):
    command = [found["wrk"], "--latency", f"-d{args.duration}s", f"-c{args.connections}", f"-t{args.threads}", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors}


def run_size(env, found, size, args):
    print(f"\n## {size:,} articles and {size:,} publications per language", flush=True)
    subprocess.run([PYTHON, __file__, "--seed", str(size)], cwd=ROOT, env=env, check=True)
    urls = page_urls(env, size)
    workdir = Path(tempfile.mkdtemp(prefix="load-bench-"))
    pages = workdir / "pages"
    pages.mkdir()
    servers = Servers(env, found, pages, workdir)
    results = {}
    try:
        servers.app("uncached", "0")
        servers.app("app cache", "1")
        base = {mode: f"http://127.0.0.1:{port}" for mode, port in servers.ports.items()}
        wait_for(base["uncached"] + "/robots.txt")
        wait_for(base["app cache"] + "/robots.txt")
        # The static copies: the bytes the site sends for each page, as the two ceilings serve them.
        for number, (_label, path) in enumerate(urls):
            status, body = fetch(base["app cache"] + path)
            if status != 200:
                sys.exit(f"{path} answered {status}")
            (pages / f"p{number}.html").write_bytes(body)
        servers.ceilings()
        servers.varnish()
        wait_for(base["Django ceiling"] + "/p0.html")
        wait_for(base["nginx ceiling"] + "/p0.html")
        wait_for(base["Varnish"] + "/robots.txt")
        for number, (label, path) in enumerate(urls):
            targets = {
                "uncached": base["uncached"] + path,
                "app cache": base["app cache"] + path,
                "Varnish": base["Varnish"] + path,
                "Django ceiling": f"{base['Django ceiling']}/p{number}.html",
                "nginx ceiling": f"{base['nginx ceiling']}/p{number}.html",
            }
            results[label] = {"path": path, "bytes": (pages / f"p{number}.html").stat().st_size}
            for mode, url in targets.items():
                fetch(url)  # warm: the cache entry, Varnish's object, the worker's templates
                fetch(url)
                results[label][mode] = wrk(found, url, args)
            print(
                f"{label}: {results[label]['uncached']['rps']:.0f} uncached, "
                f"{results[label]['app cache']['rps']:.0f} cached, {results[label]['Varnish']['rps']:.0f} Varnish",
                flush=True,
            )
    finally:
        servers.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return results


def cell(result):
    return f"{result['rps']:,.0f} ({result['p50']:.1f} / {result['p99']:.1f})"


def table(size, results):
    lines = [
        f"### {size:,} per language",
        "",
        "Requests/s (p50 / p99 ms).",
        "",
        "| page | bytes | uncached | app cache | Varnish | Django ceiling | nginx ceiling"
        " | app cache / Django | Varnish / nginx | errors |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, row in results.items():
        errors = sum(row[mode]["errors"] for mode in MODES)
        lines.append(
            f"| {label} | {row['bytes']:,} | "
            + " | ".join(cell(row[mode]) for mode in MODES)
            + f" | {row['app cache']['rps'] / row['Django ceiling']['rps']:.0%}"
            f" | {row['Varnish']['rps'] / row['nginx ceiling']['rps']:.0%} | {errors} |"
        )
    return "\n".join(lines)


def growth(sizes, by_size):
    small, large = (by_size[size] for size in sizes)
    lines = [
        f"### Growth {sizes[0]:,} → {sizes[1]:,} (uncached p50 and requests/s)",
        "",
        "| page | p50 ms | p50 ms | p50 ratio | req/s | req/s | slowdown (req/s ratio) |",
        "|---|---|---|---|---|---|---|",
    ]
    for label in small:
        if label not in large:
            continue
        a, b = small[label]["uncached"], large[label]["uncached"]
        lines.append(
            f"| {label} | {a['p50']:.1f} | {b['p50']:.1f} | {b['p50'] / a['p50']:.2f}"
            f" | {a['rps']:,.0f} | {b['rps']:,.0f} | {a['rps'] / b['rps']:.2f} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=(1_000, 20_000), help="pages per language")
    parser.add_argument("--duration", type=int, default=5, help="seconds of each wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-setup", action="store_true", help="the database is ready (demo content loaded)")
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        seed(args.seed)
        return
    env = environment()
    found = tools()
    os.environ.update({"DJANGO_SETTINGS_MODULE": env["DJANGO_SETTINGS_MODULE"]})
    if not args.skip_setup:
        prepare(env)
    else:
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    by_size = {}
    machine = f"{os.cpu_count()} cores; load before: {os.getloadavg()[0]:.2f}"
    for size in sorted(args.sizes):
        by_size[size] = run_size(env, found, size, args)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "results.json").write_text(json.dumps(by_size, indent=1))
    print(
        f"\n{machine}; after: {os.getloadavg()[0]:.2f}; wrk -d{args.duration}s -c{args.connections} -t{args.threads}\n"
    )
    for size, results in by_size.items():
        print(table(size, results) + "\n")
    if len(by_size) > 1:
        print(growth(sorted(by_size)[:2], by_size))


if __name__ == "__main__":
    main()
