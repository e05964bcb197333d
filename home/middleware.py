from django.conf import settings
from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware


class LanguagePrefixMiddleware(LocaleMiddleware):
    """LocaleMiddleware that treats a language prefix the site does not serve as a 404.

    Stock LocaleMiddleware would redirect `/de/` to `/fr/de/` because Wagtail's
    catch-all pattern makes every path look valid.
    """

    def process_response(self, request, response):
        first_segment = request.path_info.lstrip("/").split("/", 1)[0].lower()
        served = {code.lower() for code, _name in settings.LANGUAGES}
        if response.status_code == 404 and first_segment in LANG_INFO and first_segment not in served:
            return response
        return super().process_response(request, response)
