from django.conf import settings
from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import trans_real

# Top-level paths that live outside the language prefix: a 404 there stays a 404.
UNPREFIXED_ROOTS = {"admin", "documents", "static", "media", "sitemap.xml", "robots.txt", "health"}
SAME_IN_EVERY_LANGUAGE = {"sitemap.xml", "robots.txt"}


def language_from_accept_language(request):
    for code, _quality in trans_real.parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if code == "*":
            break
        if not trans_real.language_code_re.search(code):
            continue
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


class LanguagePrefixMiddleware(LocaleMiddleware):
    """LocaleMiddleware that treats a language prefix the site does not serve as a 404.

    Stock LocaleMiddleware would redirect `/de/` to `/fr/de/` (and `/admin/nope/` to
    `/fr/admin/nope/`) because Wagtail's catch-all pattern makes every path look valid.

    The language is the path's, else the browser's (Accept-Language), never a cookie's: the
    site sets no language cookie, and the redirect at `/` can then be shared by caches,
    varying on Accept-Language only.
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or language_from_accept_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        if response.status_code == 404:
            first_segment = request.path_info.lstrip("/").split("/", 1)[0].lower()
            served = {code.lower() for code, _name in settings.LANGUAGES}
            unserved_language = first_segment in LANG_INFO and first_segment not in served
            if unserved_language or first_segment in UNPREFIXED_ROOTS:
                return response
        new_response = super().process_response(request, response)
        if new_response is response and request.path_info.lstrip("/") in SAME_IN_EVERY_LANGUAGE:
            # Every language's URLs, whatever the reader's language: one copy for shared caches.
            vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
            vary = [v for v in vary if v.lower() != "accept-language"]
            if vary:
                response["Vary"] = ", ".join(vary)
            elif response.has_header("Vary"):
                del response["Vary"]
        if new_response is not response:
            # The redirect to the language's prefix, chosen from Accept-Language alone.
            new_response["Vary"] = "Accept-Language"
            patch_cache_control(
                new_response, public=True, max_age=settings.CACHE_MAX_AGE, s_maxage=settings.CACHE_S_MAXAGE
            )
        return new_response
