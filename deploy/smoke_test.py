#!/usr/bin/env python
"""After a deploy: `python deploy/smoke_test.py https://www.example.org` exits 1 and says what is wrong.

Checks /health/, both home pages with their language and direction, a stylesheet with its hashed
name, and the sitemap, through whatever is in front (Varnish, nginx, a load balancer).
"""

import json
import re
import sys
import urllib.error
import urllib.request


def fetch(url, timeout=10):
    request = urllib.request.Request(url, headers={"User-Agent": "site-smoke-test", "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the operator's URL
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def smoke_test(base_url):
    base_url = base_url.rstrip("/")
    problems = []
    status, body = fetch(f"{base_url}/health/?format=json")
    if status != 200:
        problems.append(f"/health/ answered {status}: {body[:300]}")
    else:
        failing = {name: state for name, state in json.loads(body).items() if state != "OK"}
        if failing:
            problems.append(f"/health/ reports {failing}")
    stylesheet = None
    for path, marker in (("/fr/", '<html lang="fr"'), ("/ar/", 'dir="rtl"')):
        status, body = fetch(base_url + path)
        if status != 200 or marker not in body:
            problems.append(f"{path} answered {status} without {marker!r}")
        found = re.search(r'href="(/static/[^"]+\.css)"', body)
        stylesheet = stylesheet or (found and found.group(1))
    if stylesheet is None:
        problems.append("no stylesheet linked from the home pages")
    elif fetch(base_url + stylesheet)[0] != 200:
        problems.append(f"{stylesheet} is not served")
    status, body = fetch(f"{base_url}/sitemap.xml")
    if status != 200 or "<urlset" not in body:
        problems.append(f"/sitemap.xml answered {status}")
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: deploy/smoke_test.py BASE_URL")
    problems = smoke_test(sys.argv[1])
    for problem in problems:
        print("FAIL", problem)
    if problems:
        sys.exit(1)
    print("Smoke test passed:", sys.argv[1])


if __name__ == "__main__":
    main()
