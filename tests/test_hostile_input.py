"""Every public URL, in both languages, fed hostile values: never a 5xx, never a value reflected unescaped.

The corpus holds very long strings, invalid UTF-8 and percent-encoding, NUL bytes,
negative and huge numbers, SQL and text-search operators, script tags, path traversal,
repeated parameters, and odd Accept-Language, Host and X-Forwarded-For headers. Values
are written already percent-encoded (or deliberately mis-encoded) into the URL, as a
client would send them.
"""

import pytest
from django.test import Client

from tests.factories import bilingual_tree

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
SVG = '"><svg onload=alert(1)>'
REFLECTION_MARKERS = (SCRIPT, "<svg onload=alert(1)>", "<img src=x onerror")

VALUES = [
    "a" * 5000,
    "%C3%28",
    "%FF%FE%FD",
    "%",
    "%zz",
    "%E2%82",
    "a%00b",
    "%00",
    "-1",
    "0",
    "99999999999999999999999999999",
    "1e309",
    "NaN",
    "0x10",
    "%27%20OR%201%3D1%20--",
    "1%3B%20DROP%20TABLE%20wagtailcore_page%3B--",
    "droits%20%26%20!homme%20%7C%20(",
    "%3C-%3E%20%3A*",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%22%3E%3Csvg%20onload%3Dalert(1)%3E",
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "..%2F..%2F..%2Fetc%2Fpasswd",
    "../../etc/passwd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%F0%9F%92%A5",
    "%E2%80%AE%D8%AD%D9%82%D9%88%D9%82",
    "%D8%AD%D9%82%D9%88%D9%82",
]
# Values that may stand as a URL path segment (a "/" or NUL there is another kind of test).
SEGMENTS = [v for v in VALUES if "/" not in v and "%2F" not in v.upper() and len(v) < 3000] + ["a" * 2000]

REPEATED = [
    "page=1&page=2&page=x",
    "theme=a&theme=b&theme=",
    "year=2024&year=abc&kind=a&kind=b",
    "q=droits&q=%3Cscript%3E&type=news&type=x",
    "type[]=news&page[]=1",
    "&&&=&=x&%00=%00",
]

ACCEPT_LANGUAGES = [
    "*;q=abc",
    "zz-ZZ,fr;q=-1",
    "ar-MA;q=1.5, fr;q=NaN",
    "a" * 3000,
    "fr\x00ar",
    ",,;;q=,",
    "ar, <script>",
]
HEADERS = [
    {"HTTP_HOST": "evil.example"},
    {"HTTP_HOST": "localhost:99999999"},
    {"HTTP_HOST": "localhost\x00.evil"},
    {"HTTP_X_FORWARDED_FOR": "<script>, ' OR 1=1, 999.999.1.1, ::::"},
    {"HTTP_X_FORWARDED_FOR": "1.2.3.4, " * 500},
    {"HTTP_X_FORWARDED_PROTO": "javascript"},
    {"HTTP_X_FORWARDED_HOST": "evil.example"},
    {"HTTP_REFERER": SVG},
    {"HTTP_USER_AGENT": SCRIPT * 100},
]


@pytest.fixture
def tree(site_tree, locales):
    return bilingual_tree(site_tree, locales)


@pytest.fixture
def walker():
    client = Client(raise_request_exception=False)
    problems = []

    def visit(method, path, **kwargs):
        response = getattr(client, method)(path, **kwargs)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", "replace")
        if response.status_code >= 500:
            problems.append(f"{response.status_code} {method.upper()} {path[:160]} {str(kwargs)[:160]}")
        for marker in REFLECTION_MARKERS:
            if marker in text:
                problems.append(f"reflected {marker!r}: {method.upper()} {path[:160]} {str(kwargs)[:160]}")
        return response

    visit.problems = problems
    return visit


def in_both_languages(values):
    """Each value once, the languages taking turns, so every URL family sees every value in one of them."""
    for number, value in enumerate(values):
        yield ("fr", "ar")[number % 2], value


def listing_queries():
    for language, value in in_both_languages(VALUES):
        news, publications, search = f"/{language}/actualites/", f"/{language}/publications/", f"/{language}/recherche/"
        for name in ("theme", "kind", "year", "page"):
            yield f"{news}?{name}={value}"
        for name in ("type", "theme", "year", "page"):
            yield f"{publications}?{name}={value}"
        for name in ("q", "type", "year", "page"):
            yield f"{search}?{name}={value}"
        yield f"{news}rss/?theme={value}"
        yield f"{publications}atom/?type={value}"
        yield f"/{language}/?{value}={value}"
        yield f"/{language}/bulletin/?email={value}"
    for language, repeated in in_both_languages(REPEATED * 2):
        for base in ("actualites/", "publications/", "recherche/", "actualites/rss/", "publications/atom/"):
            yield f"/{language}/{base}?{repeated}"


def path_segments():
    for language, value in in_both_languages(SEGMENTS):
        yield f"/{language}/{value}/"
        yield f"/{language}/actualites/{value}/"
        yield f"/{language}/actualites/visite-centre/{value}/"
        yield f"/{language}/publications/{value}/"
        yield f"/{language}/actualites/rss/{value}/"
        yield f"/{language}/bulletin/confirmer/{value}/"
        yield f"/{language}/bulletin/desinscription/{value}/"
        yield f"/{language}/recherche/{value}/"
        yield f"/documents/{value}/rapport.pdf"
        yield f"/documents/1/{value}"
        yield f"/{value}/"
        yield f"/sitemap.xml?p={value}"
    yield "/fr/../../etc/passwd"
    yield "/ar/../../etc/passwd"
    yield "/documents/999999999999999999999/rapport.pdf"
    yield "/static/../../etc/passwd"


def test_listing_search_and_feed_parameters(tree, walker):
    for path in listing_queries():
        walker("get", path)
    assert walker.problems == []


def test_path_segments_pages_links_and_documents(tree, walker):
    for path in path_segments():
        walker("get", path)
    assert walker.problems == []


def test_newsletter_form_and_links_by_post(tree, walker):
    from urllib.parse import unquote

    for language, value in in_both_languages(VALUES):
        raw = unquote(value, errors="surrogateescape").encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        for field in ("email", "language", "source", "website"):
            data = {"email": "lecteur@exemple.ma", "language": language, "website": "", field: raw}
            walker("post", f"/{language}/bulletin/", data=data, REMOTE_ADDR=f"198.51.100.{len(value) % 250}")
        walker("post", f"/{language}/bulletin/confirmer/{value[:300]}/")
        walker("post", f"/{language}/bulletin/desinscription/{value[:300]}/", data={"List-Unsubscribe": raw})
    form = "application/x-www-form-urlencoded"
    for language in ("fr", "ar"):
        walker("post", f"/{language}/bulletin/", data=f"email={SCRIPT}&&&%ZZ", content_type=form)
        walker("post", f"/{language}/bulletin/", data=b"\xff\xfe\x00", content_type="multipart/form-data; boundary=x")
    assert walker.problems == []


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_odd_headers_on_every_kind_of_page(tree, walker, language):
    paths = ["/", f"/{language}/", f"/{language}/actualites/", f"/{language}/actualites/visite-centre/"]
    paths += [f"/{language}/publications/", f"/{language}/recherche/?q=droits", f"/{language}/actualites/rss/"]
    paths += [f"/{language}/bulletin/", "/sitemap.xml", "/robots.txt"]
    for path in paths:
        for accept_language in ACCEPT_LANGUAGES:
            walker("get", path, HTTP_ACCEPT_LANGUAGE=accept_language)
        for headers in HEADERS:
            walker("get", path, **headers)
    assert walker.problems == []


def test_the_walk_sees_real_pages(tree, client):
    """The corpus is thrown at URLs that exist: the same URLs answer 200 with ordinary values."""
    for path in ["/fr/actualites/", "/ar/actualites/", "/fr/publications/", "/fr/actualites/visite-centre/"]:
        assert client.get(path).status_code == 200, path
    assert client.get("/fr/actualites/rss/").status_code == 200
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar").status_code == 302


@pytest.mark.parametrize("chunk", ["a%00b", "1%20", "%D9%A1", "9999999", "-1"])
def test_sitemap_chunks_are_plain_numbers(tree, client, chunk):
    """Only chunk numbers reach the cache ("01" is chunk 1): any other text would add a key."""
    assert client.get(f"/sitemap.xml?p={chunk}").status_code == 404
