"""The report of failed background tasks in the admin (Rapports › Tâches en échec), for administrators."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.models import TaskFailure
from core.tasks import retry_now

SHOWN = 200


def user_can_see_report(user):
    return user.is_active and user.is_superuser


def failed_tasks_report(request):
    if not user_can_see_report(request.user):
        raise PermissionDenied
    show_all = request.GET.get("state") == "all"
    failures = TaskFailure.objects.all()
    if not show_all:
        failures = failures.exclude(state=TaskFailure.State.RESOLVED)
    return TemplateResponse(
        request,
        "core/failed_tasks.html",
        {
            "failures": failures[:SHOWN],
            "show_all": show_all,
            "page_title": _("Tâches en échec"),
            "header_icon": "warning",
        },
    )


@require_POST
def retry_failed_task(request, failure_id):
    if not user_can_see_report(request.user):
        raise PermissionDenied
    failure = get_object_or_404(TaskFailure, pk=failure_id)
    retry_now(failure)
    messages.success(request, _("La tâche « %(task)s » a été relancée.") % {"task": failure.task_name})
    return redirect("failed_tasks_report")
