from django.conf import settings
from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware

# Top-level paths that live outside the language prefix: a 404 there stays a 404.
UNPREFIXED_ROOTS = {"admin", "documents", "static", "media", "sitemap.xml", "robots.txt", "health"}


class LanguagePrefixMiddleware(LocaleMiddleware):
    """LocaleMiddleware that treats a language prefix the site does not serve as a 404.

    Stock LocaleMiddleware would redirect `/de/` to `/fr/de/` (and `/admin/nope/` to
    `/fr/admin/nope/`) because Wagtail's catch-all pattern makes every path look valid.
    """

    def process_response(self, request, response):
        if response.status_code == 404:
            first_segment = request.path_info.lstrip("/").split("/", 1)[0].lower()
            served = {code.lower() for code, _name in settings.LANGUAGES}
            unserved_language = first_segment in LANG_INFO and first_segment not in served
            if unserved_language or first_segment in UNPREFIXED_ROOTS:
                return response
        return super().process_response(request, response)
