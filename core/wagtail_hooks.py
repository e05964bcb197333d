"""Wagtail hooks of the site kernel: account security (second factor, unlock lists), failed tasks, document
delivery, and which served pages caches may share (core/page_cache.py)."""

from axes.models import AccessAttempt
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core import documents, page_cache, task_report
from core.two_factor import TwoFactorView


@hooks.register("before_serve_page")
def mark_public_pages(page, request, serve_args, serve_kwargs):
    if page_cache.is_public_page(page, request):
        page_cache.mark_public(request)


@hooks.register("insert_global_admin_js")
def date_pickers_keep_what_was_typed():
    # Loaded before the forms' inline scripts start their pickers (core/admin_fields.py says why).
    return format_html('<script src="{}"></script>', static("js/admin-dates.js"))


@hooks.register("insert_editor_js")
def fields_take_the_direction_of_their_text():
    return format_html('<script src="{}" defer></script>', static("js/admin-direction.js"))


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [path("double-authentification/", TwoFactorView.as_view(), name="two_factor_setup")]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Double authentification"),
        "help_text": _("Un code à usage unique, donné par une application sur votre téléphone, à chaque connexion."),
    }


class RemoveOnlyPolicy(ModelPermissionPolicy):
    """Records made by the login machinery: administrators may read and delete them, never write them."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


register_permission_policy(AccessAttempt, RemoveOnlyPolicy(AccessAttempt))
register_permission_policy(TOTPDevice, RemoveOnlyPolicy(TOTPDevice))


class LockoutViewSet(ModelViewSet):
    """Failed sign-ins per account and address; deleting a row lifts its lockout at once."""

    model = AccessAttempt
    icon = "lock-open"
    menu_label = _("Connexions bloquées")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    search_backend_name = None
    form_fields = ["username"]


class TwoFactorDeviceViewSet(ModelViewSet):
    """Each user's authenticator app; deleting one lets its owner set up a new phone at the next sign-in."""

    model = TOTPDevice
    icon = "key"
    menu_label = _("Appareils de double authentification")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = ["user", "name", "confirmed", "created_at", "last_used_at"]
    search_fields = ["user__username", "name"]
    search_backend_name = None
    form_fields = ["name"]


@hooks.register("register_admin_viewset")
def register_security_viewsets():
    return [LockoutViewSet("login_lockouts"), TwoFactorDeviceViewSet("two_factor_devices")]


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
