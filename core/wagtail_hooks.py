from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import task_report


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
