"""Who may keep a response: `Cache-Control` for every response the site builds.

A public page (a live Wagtail page without view restriction, its feeds, the sitemap) asked
for by an anonymous reader, which sets no cookie and does not vary on cookies, is
`public, max-age=CACHE_MAX_AGE, s-maxage=CACHE_S_MAXAGE`: browsers keep it briefly, shared
caches (Varnish, a CDN) longer, as publishing purges them. Everything else the site builds
(signed-in users, previews, private pages, search results, forms, errors) is
`private, no-cache` unless the view said otherwise (documents, /health/, static files).
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from core.content_cache import restricted_paths


def mark_public(request):
    """Says that what this request gets is the same for every anonymous reader."""
    request._public_page = True


def is_public_page(page, request):
    """A page any reader may see as it is: live, not previewed, behind no view restriction."""
    if getattr(request, "is_preview", False) or not page.live:
        return False
    return not any(page.path.startswith(path) for path in restricted_paths())


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


class PageCacheMiddleware:
    """Near the top of the stack, so that it sees the response as the reader gets it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        set_cache_headers(request, response)
        return response
