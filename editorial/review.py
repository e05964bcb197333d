""" "Submit for review": saves a translation as a draft and starts the moderation workflow.

wagtail-localize's editor can only publish (wagtail-localize #676); translators, who
may not publish, use this instead, for pages and for snippets with drafts (themes,
publication types). Moderators then approve (publish) or reject with a
comment in Wagtail's own workflow screens.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Page, WorkflowMixin, WorkflowState
from wagtail_localize.models import Translation


def translation_for_page(page):
    """The enabled wagtail-localize translation whose target is `page`, or None (an original, an alias).

    Either way: an Arabic page translated from French, or a French page translated from an Arabic original.
    """
    if page.alias_of_id:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def can_submit_for_review(user, page):
    return page.permissions_for_user(user).can_edit() and page.get_workflow() is not None


@transaction.atomic
def submit_translation_for_review(translation, page, user):
    """Saves the translation into a new draft revision of `page` and puts it before the moderators."""
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    _start_review(page, user)
    return page


def _start_review(obj, user):
    state = obj.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return
    if state is not None:
        # Restart, so that the moderators review the revision just saved.
        state.cancel(user=user)
    obj.get_workflow().start(obj, user)


# Snippets with drafts and a workflow (themes, publication types): the same review, from the same editor.

REVISION_BOOKKEEPING = {"latest_revision", "has_unpublished_changes"}


def snippet_translation(instance):
    """The enabled translation whose target is the snippet `instance`, or None (an original row, say)."""
    if not isinstance(instance, (DraftStateMixin, WorkflowMixin)) or not hasattr(instance, "locale_id"):
        return None
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


@transaction.atomic
def submit_snippet_translation_for_review(translation, instance, user):
    """Saves the translation into a new draft revision of the snippet and puts it before the moderators.

    wagtail-localize writes a draft into the row itself and takes it offline; a live term keeps
    its published values and stays live, the draft waiting in its revision as Wagtail's own
    editor leaves it.
    """
    model = type(instance)
    before = model.objects.get(pk=instance.pk)
    translation.save_target(user=user, publish=False)
    after = model.objects.get(pk=instance.pk)
    if before.live:
        restored = {
            field.attname: getattr(before, field.attname)
            for field in model._meta.concrete_fields
            if field.name not in REVISION_BOOKKEEPING and not field.primary_key
        }
        model.objects.filter(pk=instance.pk).update(**restored, has_unpublished_changes=True)
        after = model.objects.get(pk=instance.pk)
    _start_review(after, user)
    return after


def _review_form(request, translation, *, title, edit_url, submit, in_review, **context):
    """The "submit for review" page of a translation (page or snippet), and its POST: `submit()` saves and
    starts the review, answering the title to show."""
    if request.method == "POST":
        try:
            title = submit()
        except ValidationError as error:
            messages.error(
                request,
                _("La traduction ne peut pas être enregistrée : %(errors)s") % {"errors": "; ".join(error.messages)},
            )
            return redirect(edit_url)
        messages.success(
            request,
            _(
                "« %(title)s » a été soumise pour relecture ; un modérateur la publiera "
                "ou la renverra avec un commentaire."
            )
            % {"title": title},
        )
        return redirect(edit_url)

    return TemplateResponse(
        request,
        "translation/submit_for_review.html",
        {
            **context,
            "title": title,
            "translation": translation,
            "progress": translation.get_progress(),
            "in_review": in_review,
            "edit_url": edit_url,
            "page_title": _("Soumettre pour relecture"),
            "page_subtitle": title,
            "header_icon": "resubmit",
        },
    )


def submit_snippet_for_review(request, app_label, model_name, pk):
    from django.apps import apps
    from wagtail.permissions import policy_registry

    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    instance = get_object_or_404(model, pk=pk)
    translation = snippet_translation(instance)
    if translation is None:
        raise Http404
    policy = policy_registry.get_by_type(model)
    if not policy.user_has_permission_for_instance(request.user, "change", instance):
        raise PermissionDenied
    edit_url = reverse(instance.snippet_viewset.get_url_name("edit"), args=[instance.pk])
    if instance.get_workflow() is None:
        messages.error(request, _("Aucun circuit de relecture ne s’applique à cet élément."))
        return redirect(edit_url)
    if getattr(instance, "locked", False) and instance.locked_by_id != request.user.pk:
        messages.error(request, _("Cet élément est verrouillé par une autre personne."))
        return redirect(edit_url)

    return _review_form(
        request,
        translation,
        title=str(instance),
        edit_url=edit_url,
        submit=lambda: str(submit_snippet_translation_for_review(translation, instance, request.user)),
        in_review=instance.workflow_in_progress,
    )


def submit_for_review(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    translation = translation_for_page(page)
    if translation is None:
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if page.get_workflow() is None:
        messages.error(request, _("Aucun circuit de relecture ne s’applique à cette page."))
        return redirect(edit_url)
    if page.locked and page.locked_by_id != request.user.pk:
        messages.error(request, _("Cette page est verrouillée par une autre personne."))
        return redirect(edit_url)

    return _review_form(
        request,
        translation,
        title=page.get_admin_display_title(),
        edit_url=edit_url,
        submit=lambda: submit_translation_for_review(translation, page, request.user).get_admin_display_title(),
        in_review=page.workflow_in_progress,
        page=page,
    )
