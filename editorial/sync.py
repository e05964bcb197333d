""" "Synchroniser depuis la source", from the translated page: what a translator may do without the source page.

wagtail-localize's sync lives on the source page, which translators cannot open, and offers
"Publish immediately". This one refreshes the source's segments (`update_from_db`) for
whoever may edit the translated page, and never publishes: the updated translation goes
through review as any other change.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from editorial.notifications import source_page_of, translation_of_page


def can_sync(user, page):
    return page.permissions_for_user(user).can_edit()


def synced_since_source_published(page):
    """Whether the translation's segments were refreshed after its source page was last published."""
    translation = translation_of_page(page)
    source_page = source_page_of(page)
    if translation is None or source_page is None or source_page.last_published_at is None:
        return False
    return translation.source.last_updated_at >= source_page.last_published_at


def sync_from_source(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    translation = translation_of_page(page)
    if translation is None or page.alias_of_id:
        raise Http404
    if not can_sync(request.user, page):
        raise PermissionDenied
    source = translation.source
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method == "POST":
        if source_page_of(page) is None:
            messages.error(request, _("La page source n’existe plus : la traduction ne peut pas être synchronisée."))
            return redirect(edit_url)
        source.update_from_db()
        source.update_target_view_restrictions(translation.target_locale)
        messages.success(
            request,
            _(
                "« %(title)s » a été synchronisée depuis la source : traduisez les nouveaux segments, "
                "puis soumettez-la pour relecture."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "editorial/sync_from_source.html",
        {
            "page": page,
            "source": source,
            "edit_url": edit_url,
            "page_title": _("Synchroniser depuis la source"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "resubmit",
        },
    )
