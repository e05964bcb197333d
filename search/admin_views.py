"""Rapports › Recherches des lecteurs: what readers search for in each language, and what finds nothing."""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from search.models import QueryLanguageHits

PERIODS = (7, 30, 365)
ROWS = 100


def user_can_see_report(user):
    """Whoever may promote results for a query may see what readers search for."""
    return user.is_active and (user.is_superuser or user.has_perm("wagtailsearchpromotions.add_searchpromotion"))


def search_queries_report(request):
    if not user_can_see_report(request.user):
        raise PermissionDenied
    languages = dict(settings.LANGUAGES)
    language = request.GET.get("language")
    language = language if language in languages else settings.LANGUAGE_CODE
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    days = days if days in PERIODS else 30
    without_results = request.GET.get("without_results") == "1"
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    rows = (
        QueryLanguageHits.objects.filter(language=language, date__gte=since)
        .values("query__query_string")
        .annotate(hits=Sum("hits"), missed=Sum("hits_without_results"))
    )
    if without_results:
        rows = rows.filter(missed__gt=0).order_by("-missed", "-hits", "query__query_string")
    else:
        rows = rows.order_by("-hits", "query__query_string")
    return TemplateResponse(
        request,
        "search/admin/queries_report.html",
        {
            "page_title": _("Recherches des lecteurs"),
            "header_icon": "search",
            "rows": list(rows[:ROWS]),
            "languages": languages.items(),
            "language": language,
            "periods": PERIODS,
            "days": days,
            "without_results": without_results,
        },
    )
