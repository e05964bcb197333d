#!/usr/bin/env python
"""Lighthouse on every public page type in both languages, on production settings; writes the table.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME_bench REDIS_URL=redis://127.0.0.1:6379/N \\
        .venv/bin/python bench/lighthouse.py [--port 8765] [--skip-setup] [--no-write] [--only ar-home ar-article]

1. Installs the npm `lighthouse` package (12.x) into bench/.lighthouse (not committed) if missing.
2. Prepares the database (its name must contain `bench`): migrate, setup_site, the demo content
   (`load_demo`), the static files (`collectstatic`, hashed and compressed as in production).
3. Serves the site with production settings (DEBUG off, HTTPS off on this machine) under
   gunicorn (deploy/gunicorn.conf.py, 2 workers); /media/ is served by WhiteNoise in front of
   the application (bench/media_wsgi.py), where production has nginx.
4. Runs Lighthouse with its default (mobile) profile, Debian's Chromium headless, on the home,
   news index, article, publication index, publication, institutional page, search and
   newsletter page, in French and Arabic (each page requested once before, so image
   renditions exist), and writes the scores and the main metrics to bench/README.md between
   the `lighthouse` markers. Reports are kept in test-artifacts/lighthouse/.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL_DIR = ROOT / "bench" / ".lighthouse"
LIGHTHOUSE = TOOL_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
REPORTS = ROOT / "test-artifacts" / "lighthouse"
README = ROOT / "bench" / "README.md"
START, END = "<!-- lighthouse:start -->", "<!-- lighthouse:end -->"
CHROMIUM = "/usr/bin/chromium"
ATTEMPTS = 3
PYTHON = sys.executable
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = (
    ("first-contentful-paint", "FCP", 1000, "s"),
    ("largest-contentful-paint", "LCP", 1000, "s"),
    ("total-blocking-time", "TBT", 1, "ms"),
    ("cumulative-layout-shift", "CLS", 1, ""),
)


def environment(port):
    env = dict(os.environ)
    for name in ("DATABASE_URL", "REDIS_URL"):
        if not env.get(name):
            sys.exit(f"bench/lighthouse.py needs {name} (see the docstring)")
    if "bench" not in env["DATABASE_URL"].rsplit("/", 1)[-1]:
        sys.exit("the database name must contain 'bench': this script loads the demo content into it")
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "site_project.settings.production",
            "SECRET_KEY": env.get("SECRET_KEY") or "lighthouse-bench-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "BASE_URL": f"http://127.0.0.1:{port}",
            "HTTPS": "false",
            "TASK_BACKEND": env.get("TASK_BACKEND") or "database",
            "DEMO_CONTENT": "1",
            "CACHE_KEY_PREFIX": env.get("CACHE_KEY_PREFIX") or "lighthouse-bench",
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_ACCESS_LOG": "",
        }
    )
    return env


def install_lighthouse():
    if LIGHTHOUSE.exists():
        return
    TOOL_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(TOOL_DIR), "lighthouse@12"], check=True
    )


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env):
    manage(env, "compile_catalogues", "--verbosity", "0")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "setup_site")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")


def page_urls(env):
    """[(page type, language, path)] read from the database: the first live page of each type."""
    script = """
import json
from django.conf import settings
from wagtail.models import Page
from home.models import HomePage, StandardPage
from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage
types = [("home", HomePage), ("news index", NewsIndexPage), ("article", ArticlePage),
         ("publication index", PublicationIndexPage), ("publication", PublicationPage), ("page", StandardPage)]
rows = []
for code, _name in settings.LANGUAGES:
    for label, model in types:
        page = model.objects.live().public().filter(locale__language_code=code).order_by("path").first()
        if page is not None:
            rows.append((label, code, page.get_url()))
    rows.append(("search", code, f"/{code}/recherche/?q=rapport"))
    rows.append(("newsletter", code, f"/{code}/bulletin/"))
print(json.dumps(rows))
"""
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"the server did not answer {url}")


def lighthouse(url, name):
    REPORTS.mkdir(parents=True, exist_ok=True)
    report = REPORTS / f"{name}.json"
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    command = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox",
    ]
    # Lighthouse now and then fails to record a trace on a loaded machine (NO_NAVSTART): try again.
    for attempt in range(ATTEMPTS):
        if subprocess.run(command, env=env).returncode == 0:
            break
        print(f"{name}: Lighthouse failed (attempt {attempt + 1} of {ATTEMPTS})", flush=True)
    else:
        return None
    data = json.loads(report.read_text())
    scores = {key: round((data["categories"][key]["score"] or 0) * 100) for key in CATEGORIES}
    metrics = {key: data["audits"][key]["numericValue"] for key, *_rest in METRICS}
    failing = sorted(
        audit["id"]
        for key in CATEGORIES
        for ref in data["categories"][key]["auditRefs"]
        if ref["weight"] and (audit := data["audits"][ref["id"]])["score"] is not None and audit["score"] < 0.9
    )
    return scores, metrics, failing


def table(rows):
    lines = [
        "| language | page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS"
        " | audits under 0.9 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (label, code, path), result in rows:
        if result is None:
            lines.append(f"| {code} | {label} | `{path}` | " + " | ".join(["failed"] * 9) + " |")
            continue
        scores, metrics, failing = result
        shown = []
        for key, _short, divisor, unit in METRICS:
            value = metrics[key] / divisor
            shown.append(f"{value:.1f} s" if unit == "s" else f"{value:.0f} ms" if unit else f"{value:.3f}")
        lines.append(
            f"| {code} | {label} | `{path}` | "
            + " | ".join(str(scores[key]) for key in CATEGORIES)
            + " | "
            + " | ".join(shown)
            + f" | {', '.join(failing) or '—'} |"
        )
    return "\n".join(lines)


def write_readme(text):
    readme = README.read_text()
    block = f"{START}\n{text}\n{END}"
    if START in readme:
        readme = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _m: block, readme, flags=re.S)
    else:
        readme = readme.rstrip() + "\n\n## Lighthouse\n\n" + block + "\n"
    README.write_text(readme)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--skip-setup", action="store_true", help="the database is ready (static files are collected)")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave bench/README.md alone")
    parser.add_argument(
        "--only", nargs="*", default=(), help="report names to run, e.g. fr-home ar-article (prints, never writes)"
    )
    args = parser.parse_args()
    env = environment(args.port)
    install_lighthouse()
    if not args.skip_setup:
        prepare(env)
    else:
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    urls = [row for row in page_urls(env) if not args.only or f"{row[1]}-{row[0].replace(' ', '-')}" in args.only]
    base = env["BASE_URL"]
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "bench.media_wsgi:application"], cwd=ROOT, env=env
    )
    try:
        wait_for(base + "/robots.txt")  # not /health/: no task worker runs here, its queue check would fail
        rows = []
        for label, code, path in urls:
            with urllib.request.urlopen(base + path, timeout=60) as response:  # renditions, caches
                response.read()
            name = f"{code}-{label.replace(' ', '-')}"
            result = lighthouse(base + path, name)
            print(name, *result, flush=True)
            rows.append(((label, code, path), result))
    finally:
        server.terminate()
        server.wait()
    version = json.loads((TOOL_DIR / "node_modules" / "lighthouse" / "package.json").read_text())["version"]
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
    text = (
        f"`bench/lighthouse.py`, {time.strftime('%Y-%m-%d')}: Lighthouse {version}, default mobile profile"
        f" (simulated slow 4G, 4× CPU slowdown), {chromium} headless, production settings under gunicorn"
        " (2 workers), demo content, one run per page.\n\n" + table(rows)
    )
    print(text)
    if args.only:
        print("--only: bench/README.md left alone (its table holds every page from one run)")
    elif not args.no_write:
        write_readme(text)


if __name__ == "__main__":
    main()
