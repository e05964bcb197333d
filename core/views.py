import functools
import logging
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core import faults

logger = logging.getLogger(__name__)

FALLBACK_500 = (
    '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Erreur du serveur</title>'
    "<h1>Erreur du serveur</h1><p>Une erreur est survenue. Veuillez réessayer plus tard.</p>"
    '<p dir="rtl" lang="ar">حدث خطأ. يرجى المحاولة لاحقاً.</p></html>'
)


def page_not_found(request, exception=None):
    """404 in the reader's language, inside the site frame."""
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request):
    """500 in the frame when it can be rendered; a plain bilingual page when even that fails.

    When the error is the database being out of reach, a 503 instead (core/faults.py).
    """
    if faults.database_unavailable():
        return faults.unavailable_response(request)
    try:
        template = loader.get_template("500.html")
        return HttpResponseServerError(template.render({}, request))
    except Exception:
        logger.exception("The 500 page could not be rendered in the site frame")
        return HttpResponseServerError(FALLBACK_500)


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/recherche/",
        "Disallow: /*/bulletin/confirmer/",
        "Disallow: /*/bulletin/desinscription/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """/favicon.ico, which browsers and tools ask for whatever the page links: the static icon itself."""
    return HttpResponse(favicon_bytes(), content_type="image/x-icon")


@functools.cache
def favicon_bytes():
    return Path(finders.find("icons/favicon.ico")).read_bytes()
