from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import documents, task_report


@hooks.register("register_admin_urls")
def task_report_urls():
    return [
        path("tasks/failed/", task_report.failed_tasks_report, name="failed_tasks_report"),
        path("tasks/failed/<int:failure_id>/retry/", task_report.retry_failed_task, name="retry_failed_task"),
    ]


class FailedTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return task_report.user_can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def failed_tasks_menu_item():
    return FailedTasksMenuItem(_("Tâches en échec"), reverse("failed_tasks_report"), icon_name="warning", order=900)


@hooks.register("before_serve_document", order=1000)
def redirect_to_signed_object_url(document, request):
    """Object storage: after Wagtail's privacy checks (hooks of lower order), a redirect to a
    short-lived signed URL that makes the storage answer with the document's type and disposition."""
    return documents.signed_redirect(document)
