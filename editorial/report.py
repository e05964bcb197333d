"""The translation status report in the admin (Rapports › État des traductions)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from editorial.status import STATE_LABELS, count_by_state, page_type_choices, translation_statuses

REPORT_PERMISSION = "wagtail_localize.submit_translation"


def user_can_see_report(user):
    return user.is_active and (user.is_superuser or user.has_perm(REPORT_PERMISSION))


def translation_status_report(request):
    if not user_can_see_report(request.user):
        raise PermissionDenied
    types = page_type_choices()
    page_type = request.GET.get("type", "")
    if page_type not in dict(types):
        page_type = ""
    state = request.GET.get("state", "")
    if state not in STATE_LABELS:
        state = ""

    languages = list(settings.LANGUAGES)
    source = request.GET.get("source", "")
    if source not in dict(languages):
        source = ""

    statuses = translation_statuses(page_type=page_type or None, source_language=source or None)
    type_labels = dict(types)
    for status in statuses:
        # The type's name as editors know it ("Article"), not the model's ("articlepage").
        status.page_type_label = type_labels.get(status.page_type, status.page_type)
    counts = count_by_state(statuses)
    names = dict(languages)
    if state:
        statuses = [status for status in statuses if status.state == state]
    return TemplateResponse(
        request,
        "translation/status_report.html",
        {
            "rows": [
                (status, names.get(status.source_language, ""), names.get(status.target_language, ""))
                for status in statuses
            ],
            "counts": [(key, label, counts[key]) for key, label in STATE_LABELS.items()],
            "states": STATE_LABELS.items(),
            "types": types,
            "selected_state": state,
            "selected_type": page_type,
            "languages": languages,
            "selected_source": source,
            "page_title": _("État des traductions"),
            "header_icon": "wagtail-localize-language",
        },
    )
