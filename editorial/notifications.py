"""Tells the people who translate into a language what waits for them, by mail and on the dashboard.

Three events: a page was submitted for translation into their language, the source of a live
translation was republished (the translation is outdated), a moderator asked for changes (with the
comment). Nothing assumes which language is the source: a page's source is its wagtail-localize
TranslationSource, and the recipients are whoever may edit the target language's tree (page
permissions on its home), the person who acted excepted. Mails leave the request through the task
framework (core/tasks.py) and are written in each recipient's admin language.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation as translation_utils
from django_tasks import task
from wagtail.models import GroupPagePermission, Page, PageLogEntry, TaskState, WorkflowState
from wagtail_localize.models import Translation

from core.tasks import enqueue

logger = logging.getLogger(__name__)

REQUESTED = "requested"
SOURCE_CHANGED = "source_changed"
CHANGES_REQUESTED = "changes_requested"
KINDS = (REQUESTED, SOURCE_CHANGED, CHANGES_REQUESTED)


def translation_of_page(page):
    """The enabled translation whose target is `page` (from whichever language), or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source__locale", "target_locale")
        .first()
    )


def source_page_of(page):
    """The page `page` is translated from (its TranslationSource's language), or None."""
    translation = translation_of_page(page)
    if translation is None:
        return None
    return Page.objects.filter(translation_key=page.translation_key, locale_id=translation.source.locale_id).first()


def locale_home(locale_id):
    return Page.objects.filter(depth=2, locale_id=locale_id).exclude(content_type__app_label="wagtailcore").first()


def editors_of_locale(locale_id, exclude=()):
    """Active users with an address whose groups may edit the tree of `locale_id` (page permissions on its home)."""
    home = locale_home(locale_id)
    if home is None:
        return []
    granted = GroupPagePermission.objects.filter(
        page__in=home.get_ancestors(inclusive=True), permission__codename="change_page"
    ).values("group_id")
    return list(
        get_user_model()
        .objects.filter(is_active=True, groups__in=granted)
        .exclude(email="")
        .exclude(pk__in=[pk for pk in exclude if pk])
        .distinct()
        .order_by("pk")
    )


def editable_locale_ids(user):
    """Locales whose home `user` may edit."""
    homes = Page.objects.filter(depth=2).exclude(content_type__app_label="wagtailcore")
    return [home.locale_id for home in homes if home.permissions_for_user(user).can_edit()]


# Triggers: each enqueues one task; the task finds the recipients and writes the mails.


def notify(kind, page_ids, actor_id=None, task_state_id=None):
    if page_ids:
        enqueue(send_notifications, kind, sorted(page_ids), actor_id, task_state_id)


def latest_translation_id():
    return Translation.objects.aggregate(last=Max("pk"))["last"] or 0


def notify_new_translations(page, since_id, actor_id):
    """Translation requested: the pages translated from `page`'s subtree by records created after `since_id`."""
    keys = page.get_descendants(inclusive=True).values("translation_key")
    new = Translation.objects.filter(pk__gt=since_id, enabled=True, source__object_id__in=keys)
    targets = Page.objects.none()
    for key, locale_id in new.values_list("source__object_id", "target_locale_id"):
        targets |= Page.objects.filter(translation_key=key, locale_id=locale_id)
    notify(REQUESTED, list(targets.filter(alias_of__isnull=True).values_list("pk", flat=True)), actor_id)


def notify_source_changed(sender, instance, revision=None, **kwargs):
    """page_published: the live translations of a republished source page are now outdated.

    Only those that were current until now: a translation already outdated by an earlier
    publication was reported then, and each correction of the source does not mail again.
    """
    targets = Translation.objects.filter(
        source__object_id=instance.translation_key, source__locale_id=instance.locale_id, enabled=True
    ).values("target_locale_id")
    pages = Page.objects.filter(
        translation_key=instance.translation_key, locale_id__in=targets, live=True, alias_of__isnull=True
    )
    # Wagtail logs a publication after sending page_published: the latest entry is the previous one.
    previous = (
        PageLogEntry.objects.filter(page_id=instance.pk, action="wagtail.publish")
        .order_by("-timestamp")
        .values_list("timestamp", flat=True)
        .first()
    )
    if previous is not None:
        pages = pages.filter(last_published_at__gte=previous)
    notify(SOURCE_CHANGED, list(pages.values_list("pk", flat=True)), getattr(revision, "user_id", None))


def notify_changes_requested(sender, instance, user=None, **kwargs):
    """task_rejected: a moderator sent a translation back with a comment."""
    workflow_state = instance.workflow_state
    if workflow_state.base_content_type.model_class() is not Page:
        return
    page = Page.objects.filter(pk=workflow_state.object_id).first()
    if page is None or translation_of_page(page) is None:
        return
    notify(CHANGES_REQUESTED, [page.pk], getattr(user, "pk", None), instance.pk)


def connect_signals():
    from wagtail.signals import page_published, task_rejected

    page_published.connect(notify_source_changed, dispatch_uid="editorial.notify_source_changed")
    task_rejected.connect(notify_changes_requested, dispatch_uid="editorial.notify_changes_requested")


# The worker's side.


@task()
def send_notifications(kind, page_ids, actor_id=None, task_state_id=None):
    """One mail per recipient and language, listing the pages of that language; returns the number sent."""
    if kind not in KINDS:
        return 0
    pages = list(Page.objects.filter(pk__in=page_ids).select_related("locale").order_by("path"))
    comment = ""
    excluded = [actor_id]
    if task_state_id:
        task_state = TaskState.objects.filter(pk=task_state_id).select_related("workflow_state").first()
        comment = task_state.comment if task_state else ""
        if task_state is not None:
            # Wagtail mails the rejection, with its comment, to whoever submitted the page.
            excluded.append(task_state.workflow_state.requested_by_id)
    sent = 0
    for locale_id in sorted({page.locale_id for page in pages}):
        in_locale = [page for page in pages if page.locale_id == locale_id]
        for user in editors_of_locale(locale_id, exclude=excluded):
            send_mail_to(user, kind, in_locale, comment)
            sent += 1
    return sent


def send_mail_to(user, kind, pages, comment=""):
    from wagtail.users.models import UserProfile

    language = UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE
    with translation_utils.override(language):
        context = {
            "user": user,
            "comment": comment,
            "site_name": str(settings.WAGTAIL_SITE_NAME),
            "pages": [
                (page, settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[page.pk]))
                for page in pages
            ],
            "language": pages[0].locale.get_display_name(),
        }
        subject = " ".join(render_to_string(f"editorial/mail/{kind}_subject.txt", context).split())
        body = render_to_string(f"editorial/mail/{kind}.txt", context)
    EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={"Content-Language": language},
    ).send()


# The dashboard's side: what is pending now, read from the pages' state.


def pending_work(user, limit=10):
    """{kind: [(page, detail)]} for the languages `user` may edit; detail is the comment of changes requested."""
    locale_ids = editable_locale_ids(user)
    work = {kind: [] for kind in KINDS}
    if not locale_ids:
        return work
    from editorial.status import outdated_page_ids

    rows = list(
        Translation.objects.filter(enabled=True, target_locale_id__in=locale_ids).values_list(
            "source__object_id", "target_locale_id", "source__locale_id"
        )
    )
    rows = [row for row in rows if row[1] != row[2]]
    if not rows:
        return work
    candidates = Page.objects.filter(
        translation_key__in={key for key, _t, _s in rows}, locale_id__in=locale_ids, alias_of__isnull=True
    )
    wanted = {(key, target) for key, target, _source in rows}
    pages = [
        page
        for page in candidates.select_related("locale").order_by("-latest_revision_created_at", "path")
        if (page.translation_key, page.locale_id) in wanted
    ]
    states = {
        int(state.object_id): state
        for state in WorkflowState.objects.filter(
            base_content_type__model="page",
            base_content_type__app_label="wagtailcore",
            object_id__in=[str(page.pk) for page in pages],
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        )
    }
    outdated = outdated_page_ids(pages)
    for page in pages:
        state = states.get(page.pk)
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            work[CHANGES_REQUESTED].append((page, state))
        elif state is None and page.pk in outdated:
            work[SOURCE_CHANGED].append((page, ""))
        elif state is None and not page.live:
            work[REQUESTED].append((page, ""))
    work = {kind: entries[:limit] for kind, entries in work.items()}
    comments = rejection_comments([state for _page, state in work[CHANGES_REQUESTED]])
    work[CHANGES_REQUESTED] = [(page, comments.get(state.pk, "")) for page, state in work[CHANGES_REQUESTED]]
    return work


def rejection_comments(workflow_states):
    """{workflow state id: the comment of its latest rejection}, in one query."""
    comments = {}
    for task_state in TaskState.objects.filter(
        workflow_state__in=workflow_states, status=TaskState.STATUS_REJECTED
    ).order_by("finished_at"):
        comments[task_state.workflow_state_id] = task_state.comment
    return comments


def changes_requested_comment(page):
    """The moderator's comment when `page` was sent back and not resubmitted yet, else None."""
    state = WorkflowState.objects.filter(
        base_content_type__model="page",
        base_content_type__app_label="wagtailcore",
        object_id=str(page.pk),
        status=WorkflowState.STATUS_NEEDS_CHANGES,
    ).first()
    return None if state is None else rejection_comments([state]).get(state.pk, "")
