"""Permission checks wrapped around wagtail-localize views that can publish.

wagtail-localize's Translate, Sync and convert-to-alias views only check the global
`submit_translation` permission (or edit permission): a French-only editor could
publish Arabic pages through "Sync translated pages › Publish immediately". These
wrappers require the page publish permission on every page that would go live, and
turn a failing machine translation service into a message instead of a server error.
They are mounted on the same URLs, ahead of wagtail-localize's (see editorial/wagtail_hooks.py).
"""

from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import convert, edit_translation, submit_translations, update_translations
from wagtail_localize.views.edit_translation import user_can_edit_instance

from core.tasks import enqueue, runs_in_process
from editorial import notifications
from editorial.machine_translation import MachineTranslationError, machine_translate
from editorial.taxonomy_permissions import may_edit_in_locale

_update_view = update_translations.UpdateTranslationsView.as_view()
_submit_page_view = submit_translations.SubmitPageTranslationView.as_view()
_submit_snippet_view = submit_translations.SubmitSnippetTranslationView.as_view()


def can_publish_target(user, translation):
    """Whether `user` may make this translation's target live."""
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        # Publishing creates the target: it goes into the locale's tree.
        return can_publish_in_locale(user, translation.target_locale)
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    model = translation.source.specific_content_type.model_class()
    return can_publish_snippet_in_locale(user, model, translation.target_locale)


def can_publish_snippet_in_locale(user, model, locale):
    """Snippets with drafts need their model's publish permission (moderators); others go live when saved."""
    action = "publish" if issubclass(model, DraftStateMixin) else "change"
    return user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}") and can_publish_in_locale(
        user, locale
    )


def translation_publishes(model, source_instance):
    """Whether wagtail-localize makes a new translation of `source_instance` live at once (see operations.py)."""
    if not issubclass(model, DraftStateMixin):
        return True
    return settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE and getattr(source_instance, "live", True)


def can_publish_in_locale(user, locale):
    """Publish permission on the home (root page) of `locale`'s tree."""
    home = Page.objects.filter(depth=2, locale=locale).first()
    return home is not None and home.permissions_for_user(user).can_publish()


def _unavailable(request, error):
    messages.error(request, str(error))
    return redirect(get_valid_next_url_from_request(request) or request.get_full_path())


def update_translations_view(request, translation_source_id):
    """ "Sync translated pages": publishing at once needs the publish permission on every target."""
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    if request.method == "POST" and request.POST.get("publish_translations"):
        translations = source.translations.filter(enabled=True).select_related("source", "target_locale")
        if not all(can_publish_target(request.user, translation) for translation in translations):
            messages.error(
                request,
                _(
                    "Vous ne pouvez pas publier ces traductions. Synchronisez sans « Publier immédiatement » "
                    "puis soumettez-les pour relecture."
                ),
            )
            return redirect(request.get_full_path())
    try:
        return _update_view(request, translation_source_id=translation_source_id)
    except MachineTranslationError as error:
        return _unavailable(request, error)


def _live_translation_requested(request, instance):
    """With live-status syncing on, translating a live page publishes its translation at once."""
    if not settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE:
        return []
    if isinstance(instance, Page) and not instance.live:
        return []
    locale_ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
    return list(Locale.objects.filter(pk__in=locale_ids))


def submit_page_translation_view(request, page_id):
    """Also tells the target languages' translators (editorial/notifications.py), and lands the requester
    on a page they may see: wagtail-localize redirects to the new translation's editor, which the
    communication team may not open (a success message then followed by "permission denied")."""
    if request.method != "POST":
        return _submit_page_view(request, page_id=page_id)
    page = get_object_or_404(Page, id=page_id)
    for locale in _live_translation_requested(request, page):
        if not can_publish_in_locale(request.user, locale):
            raise PermissionDenied
    since = notifications.latest_translation_id()
    response = _submit_page_view(request, page_id=page_id)
    if response.status_code == 302:
        notifications.notify_new_translations(page, since, request.user.pk)
        response = _redirect_where_allowed(request, response, page)
    return response


def _redirect_where_allowed(request, response, page):
    try:
        match = resolve(urlsplit(response.url).path)
    except Resolver404:
        return response
    if match.view_name != "wagtailadmin_pages:edit":
        return response
    target = Page.objects.filter(pk=match.kwargs.get("page_id")).first()
    if target is not None and target.permissions_for_user(request.user).can_edit():
        return response
    parent = page.get_parent()
    return redirect(reverse("wagtailadmin_explore", args=[parent.pk]) if parent else reverse("wagtailadmin_home"))


def submit_snippet_translation_view(request, app_label, model_name, pk):
    """Translating a snippet creates a row in each target language.

    A snippet with drafts (themes, publication types) is translated as a draft, which needs
    edit rights in the target language (a translator for Arabic) and then the moderators'
    review; a snippet without drafts would be live at once, which needs publish rights.
    """
    if request.method == "POST":
        model = _snippet_model(app_label, model_name)
        instance = get_object_or_404(model, pk=pk)
        locale_ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
        for locale in Locale.objects.filter(pk__in=locale_ids):
            if translation_publishes(model, instance):
                allowed = can_publish_snippet_in_locale(request.user, model, locale)
            else:
                allowed = request.user.has_perm(
                    f"{model._meta.app_label}.change_{model._meta.model_name}"
                ) and may_edit_in_locale(request.user, locale)
            if not allowed:
                raise PermissionDenied
    return _submit_snippet_view(request, app_label=app_label, model_name=model_name, pk=pk)


def _snippet_model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error


def convert_to_alias_view(request, page_id):
    """An alias replaces the translation by the source page: as much as publishing it."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def machine_translate_view(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not runs_in_process(machine_translate) and get_machine_translator() is not None:
        # A task worker calls the service: the translator gets the editor back at once.
        if not user_can_edit_instance(request.user, translation.get_target_instance()):
            raise PermissionDenied
        enqueue(machine_translate, translation.pk, request.user.pk)
        messages.success(
            request,
            _("Traduction automatique lancée : rechargez la page dans quelques instants pour voir les segments."),
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationError as error:
        return _unavailable(request, error)
