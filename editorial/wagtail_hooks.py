"""Admin and serving hooks of the translation workflow (see docs/translation.md)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from editorial import guards, notifications, report, review, sync
from editorial.panels import TranslationWorkPanel
from editorial.status import outdated_page_ids


@hooks.register("register_admin_urls", order=-1)
def translation_admin_urls():
    # The first five shadow wagtail-localize's own URLs (same paths, registered first) with permission checks.
    return [
        path("localize/update/<int:translation_source_id>/", guards.update_translations_view),
        path("localize/submit/page/<int:page_id>/", guards.submit_page_translation_view),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            guards.submit_snippet_translation_view,
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", guards.convert_to_alias_view),
        path("localize/translate/<int:translation_id>/machine_translate/", guards.machine_translate_view),
        path(
            "translation/page/<int:page_id>/submit-for-review/",
            review.submit_for_review,
            name="translation_submit_for_review",
        ),
        path(
            "translation/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/submit-for-review/",
            review.submit_snippet_for_review,
            name="translation_submit_snippet_for_review",
        ),
        path("translation/status/", report.translation_status_report, name="translation_status_report"),
        path("translation/page/<int:page_id>/sync/", sync.sync_from_source, name="translation_sync_from_source"),
    ]


@hooks.register("before_serve_page")
def hide_aliases_in_translated_trees(page, request, serve_args, serve_kwargs):
    """An alias of another language's page shows that language's text: readers get a 404, not French presented
    as Arabic (or, for an Arabic original, Arabic presented as French)."""
    if page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        raise Http404


def _review_button(page, user):
    # Both ways: an Arabic translation of a French page, a French translation of an Arabic original.
    if page.alias_of_id:
        return None
    if review.translation_for_page(page) is None or not review.can_submit_for_review(user, page):
        return None
    return Button(
        _("Soumettre pour relecture"),
        reverse("translation_submit_for_review", args=[page.pk]),
        icon_name="resubmit",
        priority=55,
    )


def _sync_button(page, user):
    if page.alias_of_id or notifications.translation_of_page(page) is None or not sync.can_sync(user, page):
        return None
    return Button(
        _("Synchroniser depuis la source"),
        reverse("translation_sync_from_source", args=[page.pk]),
        icon_name="resubmit",
        priority=56,
    )


def _translation_buttons(page, user):
    return [button for button in (_review_button(page, user), _sync_button(page, user)) if button]


@hooks.register("register_page_header_buttons")
def review_header_button(page, user, view_name=None, next_url=None):
    return _translation_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def review_listing_button(page, user, next_url=None):
    return _translation_buttons(page, user)


@hooks.register("before_edit_page", order=-1)
def translation_notices(request, page):
    """Outdated translation, moderator's comment: said at the top of the page editor and of the translation editor."""
    if request.method != "GET" or page.alias_of_id:
        return
    comment = notifications.changes_requested_comment(page)
    if comment is not None:
        text = (
            gettext("Un modérateur demande des modifications : « %(comment)s »") % {"comment": comment}
            if comment
            else gettext("Un modérateur demande des modifications.")
        )
        messages.warning(request, text, extra_tags="translation-comment")
    if page.pk in outdated_page_ids([page]):
        messages.warning(request, _outdated_notice(request.user, page), extra_tags="translation-outdated")


def _outdated_notice(user, page):
    if sync.synced_since_source_published(page):
        return gettext(
            "Traduction périmée, déjà synchronisée avec la page source : traduisez les nouveaux segments "
            "et soumettez-la pour relecture."
        )
    notice = gettext(
        "Traduction périmée : la page source a été republiée depuis la publication de cette traduction. "
        "Synchronisez-la, traduisez les nouveaux segments et soumettez-la pour relecture."
    )
    if not sync.can_sync(user, page):
        return notice
    return format_html(
        '{} <a href="{}">{}</a>',
        notice,
        reverse("translation_sync_from_source", args=[page.pk]),
        gettext("Synchroniser depuis la source"),
    )


@hooks.register("construct_homepage_panels")
def translation_work_panel(request, panels):
    panels.append(TranslationWorkPanel())


@hooks.register("insert_editor_js")
def translation_editor_js():
    """Right-to-left segment fields and a "Submit for review" link in wagtail-localize's editor (#197, #676)."""
    return format_html(
        '<script src="{}" data-review-url="{}" data-snippet-review-url="{}" data-review-label="{}" '
        'data-sync-url="{}" data-sync-label="{}" data-tab-label="{}" data-more-actions-label="{}" defer></script>',
        static("translation/translation-editor.js"),
        reverse("translation_submit_for_review", args=[0]),
        reverse("translation_submit_snippet_for_review", args=["app", "model", "0"]),
        _("Soumettre pour relecture"),
        reverse("translation_sync_from_source", args=[0]),
        _("Synchroniser depuis la source"),
        # {source} and {target} are replaced by the languages' names.
        _("Traduction {source} → {target}"),
        _("Autres actions"),
    )


@hooks.register("insert_global_admin_css")
def translation_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("translation/translation-admin.css"))


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report.user_can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationReportMenuItem(
        _("État des traductions"),
        reverse("translation_status_report"),
        icon_name="wagtail-localize-language",
        order=50,
    )


def _refuse_other_language(request, instances, action):
    from wagtail.permissions import policy_registry

    from editorial.registry import term_models

    for instance in instances:
        if type(instance) in term_models():
            policy = policy_registry.get_by_type(type(instance))
            if not policy.user_has_permission_for_instance(request.user, action, instance):
                # Wagtail's snippet views check model permissions only; a term belongs to one language's team.
                raise PermissionDenied


@hooks.register("before_edit_snippet", order=-1)
def taxonomy_edit_in_own_language(request, instance):
    _refuse_other_language(request, [instance], "change")


@hooks.register("before_delete_snippet", order=-1)
def taxonomy_delete_in_own_language(request, instances):
    _refuse_other_language(request, instances, "delete")


@hooks.register("before_create_snippet", order=-1)
def taxonomy_create_in_own_language(request, model):
    """Creating a term in a language (`?locale=ar`) needs edit rights in that language, as changing one does."""
    from wagtail.models import Locale

    from editorial.registry import term_models
    from editorial.taxonomy_permissions import may_edit_in_locale

    if model not in term_models():
        return
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else Locale.get_default()
    if locale is None:
        raise Http404
    if not may_edit_in_locale(request.user, locale):
        raise PermissionDenied
