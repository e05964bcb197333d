"""The page cache for anonymous readers, and who may keep a response (`Cache-Control`).

A public page (a live Wagtail page without view restriction, its feeds, the sitemap) asked
for by an anonymous reader, which sets no cookie and does not vary on cookies, is
`public, max-age=CACHE_MAX_AGE, s-maxage=CACHE_S_MAXAGE`: browsers keep it briefly, shared
caches (Varnish, a CDN) longer, as publishing purges them. Everything else the site builds
(signed-in users, previews, private pages, search results, forms, errors) is
`private, no-cache` unless the view said otherwise (documents, /health/, static files).

The same shareable responses are kept in the default cache (Redis when REDIS_URL is set,
process memory otherwise) for PAGE_CACHE_TIMEOUT seconds, keyed by host, path and the
listing's query (filters and page; any other query string is not cached). This middleware
sits before sessions, authentication and the database: a hit makes no query. Purges
(core/purges.py) bump a version: a path's own (the path with any query: every filtered and
paginated listing page) or a prefix's (`/fr/*`: a whole language; `/fr/x/*`: a subtree); a
key holds the versions of the path and of every prefix above it, so a purge makes the
old copies unreachable without scanning keys; a page is stored with the versions it was
made under, and the page and the current versions are read together, in one round trip.
In front of Redis, each process keeps the pages it served last in memory, emptied by every
purge (core/page_cache_memory.py). When Redis does not answer, the ResilientRedisCache
(core/cache.py) logs a warning and misses: pages are served uncached.
"""

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from core.content_cache import is_restricted
from core.page_cache_memory import announce_purge, memory


def mark_public(request):
    """Says that what this request gets is the same for every anonymous reader."""
    request._public_page = True


def is_public_page(page, request):
    """A page any reader may see as it is: live, not previewed, behind no view restriction."""
    if getattr(request, "is_preview", False) or not page.live:
        return False
    return not is_restricted(page.path)


def signed_in(request):
    # Read from the cookie, not request.user: the session is never opened for an anonymous reader.
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def shareable(request, response):
    if not getattr(request, "_public_page", False) or signed_in(request):
        return False
    if response.status_code != 200 or response.cookies or response.streaming:
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",")}
    return "cookie" not in vary


def public_headers(response):
    patch_cache_control(response, public=True, max_age=settings.CACHE_MAX_AGE, s_maxage=settings.CACHE_S_MAXAGE)


def set_cache_headers(request, response):
    if shareable(request, response):
        public_headers(response)
        return True
    if "Cache-Control" not in response or getattr(request, "is_preview", False):
        patch_cache_control(response, private=True, no_cache=True)
    return False


def _version_key(scope):
    return f"page-version:{scope}"


def _scopes(path):
    """The path itself (with any query), then every prefix above it, from the site's root."""
    segments = [part for part in path.split("/") if part]
    prefixes = ["/*"] + ["/" + "/".join(segments[: n + 1]) + "/*" for n in range(len(segments))]
    return [path, *prefixes]


def request_keys(request):
    """(page key, version keys) of a request the page cache may answer, else None; asks no cache."""
    if not settings.PAGE_CACHE or request.method not in ("GET", "HEAD") or signed_in(request):
        return None
    path = request.path
    first = path.lstrip("/").split("/", 1)[0]
    if first not in {code for code, _name in settings.LANGUAGES} and path != "/sitemap.xml":
        return None
    allowed = settings.PAGE_CACHE_QUERY_PARAMS
    query = sorted(request.GET.lists())
    if any(name not in allowed or len(values) != 1 for name, values in query):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    text = "\n".join([host, path, urlencode([(name, values[0]) for name, values in query])])
    return "page:" + hashlib.sha256(text.encode()).hexdigest(), [_version_key(scope) for scope in _scopes(path)]


def lookup(keys):
    """The current versions of the request's scopes, and its stored response if made under them.

    One round trip on a hit: the page and its versions are read together. A stored page keeps
    the versions it was made under; a purge bumps one of them, so the copy no longer matches.
    Versions are None when the cache does not answer: the page is then neither read nor kept.
    """
    page_key, version_keys = keys
    found = cache.get_many([page_key, *version_keys])
    missing = [key for key in version_keys if key not in found]
    if missing:
        # A version starts from the clock, so a key evicted and recreated never matches older copies.
        start = time.time_ns()
        for key in missing:
            cache.add(key, start, None)
        found.update(cache.get_many(missing))
        if any(key not in found for key in version_keys):
            return None, None
    versions = [found[key] for key in version_keys]
    stored = found.get(page_key)
    if stored is not None and stored[0] == versions:
        return versions, stored[1]
    return versions, None


def purge(paths):
    """Makes every cached copy under these paths stale: `/fr/x/` (with any query) or `/fr/x/*` (the subtree)."""
    for path in paths:
        key = _version_key(path)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, time.time_ns(), None)
    # After the versions: a process that hears of the purge finds them written.
    announce_purge()


def _freeze(response):
    return (response.status_code, response.content, list(response.items()))


def _thaw(frozen):
    status, content, headers = frozen
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Near the top of the stack, so that it sees the response as the reader gets it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        keys = request_keys(request)
        versions = None
        if keys is not None:
            frozen = memory.get(keys[0])
            if frozen is None:
                epoch = memory.epoch
                versions, frozen = lookup(keys)
                if frozen is not None:
                    memory.put(keys[0], frozen, epoch)
            if frozen is not None:
                response = _thaw(frozen)
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if set_cache_headers(request, response) and versions is not None and request.method == "GET":
            frozen = _freeze(response)
            cache.set(keys[0], (versions, frozen), settings.PAGE_CACHE_TIMEOUT)
            memory.put(keys[0], frozen, epoch)
            response["X-Page-Cache"] = "miss"
        return response
