#!/usr/bin/env python
"""What a page-cache hit costs the app process, against the minimal Django view (bench/load_ceiling.py).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME_bench REDIS_URL=redis://127.0.0.1:6379/N \\
        .venv/bin/python bench/page_cache_hit.py [--prepare] [--requests 3000] [--rounds 5]

Calls each WSGI application directly in its own process, with the production settings, for
the French news index: no gunicorn, no load tool, no network but Redis, so that what is
compared is the work of the process alone. Four rows, each the best of `--rounds` runs of
`--requests` calls, in microseconds per request:

- minimal Django: the bytes of the page from a view with no middleware (bench/load_ceiling.py);
- hit from memory: the page cache as configured (PAGE_CACHE_MEMORY_BYTES > 0);
- hit from Redis: the process memory turned off (PAGE_CACHE_MEMORY_BYTES=0), one round trip;
- hit from Redis, a Redis client per call: as above, with Django's stock Redis cache client
  (a new `redis.Redis` per call, the page and its versions in two round trips before this
  round; here only the client is stock).

`--prepare` builds the database first (its name must contain `bench`): migrations, site,
demo content, static files, as bench/load.py does.
"""

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PATH = "/fr/actualites/"
ROWS = ("minimal Django", "hit from memory", "hit from Redis", "hit from Redis, a Redis client per call")


def environ(path):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_ACCEPT_ENCODING": "gzip",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
    }


def call(application, path):
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=status, headers=dict(headers))

    body = b"".join(application(environ(path), start_response))
    return answer, body


def measure(row, requests, rounds, page_file):
    """Runs in a child process: times one row and prints its result as JSON."""
    if row == "minimal Django":
        pages = tempfile.mkdtemp()
        Path(pages, "p0.html").write_bytes(Path(page_file).read_bytes())
        os.environ["LOAD_BENCH_PAGES"] = pages
        from bench.load_ceiling import application

        path = "/p0.html"
    else:
        if row != "hit from memory":
            os.environ["PAGE_CACHE_MEMORY_BYTES"] = "0"
        from site_project.wsgi import application

        if row.endswith("a Redis client per call"):
            from django.core.cache import caches
            from django.core.cache.backends.redis import RedisCacheClient

            caches["default"]._class = RedisCacheClient
            caches["default"].__dict__.pop("_cache", None)
        path = PATH
    for _ in range(2):
        answer, body = call(application, path)
    if row == "minimal Django":
        assert body == Path(page_file).read_bytes()
    else:
        assert answer["headers"].get("X-Page-Cache") == "hit", answer
        Path(page_file).write_bytes(body)
    best = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(requests):
            call(application, path)
        best.append((time.perf_counter() - start) / requests * 1e6)
    print(json.dumps({"row": row, "us": min(best), "bytes": len(body), "status": answer["status"]}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prepare", action="store_true", help="build the database and its demo content first")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--row", help=argparse.SUPPRESS)
    parser.add_argument("--page-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.row:
        measure(args.row, args.requests, args.rounds, args.page_file)
        return
    from bench.load import environment, prepare

    env = environment()
    os.environ["DJANGO_SETTINGS_MODULE"] = env["DJANGO_SETTINGS_MODULE"]
    if args.prepare:
        prepare(env)
    page_file = Path(tempfile.mkdtemp()) / "page.html"
    results = {}
    load = os.getloadavg()[0]
    # The cached rows first: they write the page's bytes that the minimal view then serves.
    for row in (*ROWS[1:], ROWS[0]):
        command = [sys.executable, __file__, "--row", row, "--page-file", str(page_file)]
        command += ["--requests", str(args.requests), "--rounds", str(args.rounds)]
        out = subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout
        results[row] = json.loads(out.strip().splitlines()[-1])
    floor = results["minimal Django"]["us"]
    size = results["minimal Django"]["bytes"]
    print(f"`{PATH}`, {size:,} bytes; load average {load:.2f} → {os.getloadavg()[0]:.2f}\n")
    print("| request served by | µs per request | × minimal Django |")
    print("|---|---|---|")
    for row in ROWS:
        print(f"| {row} | {results[row]['us']:.0f} | {results[row]['us'] / floor:.1f} |")


if __name__ == "__main__":
    main()
