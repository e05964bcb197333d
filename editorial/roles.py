"""The three editorial roles and what each may do, applied idempotently.

Groups are created by a data migration (home/migrations/0003_editorial_roles.py, kept
where it first ran); their permissions, page permissions on each locale's home and the
review workflow are (re)applied after every `migrate` (post_migrate, see editorial/apps.py)
and by `ensure_site()` once the homes exist, because model permissions and the
homes do not exist yet when the data migration runs on a fresh database.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from editorial import registry

logger = logging.getLogger(__name__)

COMMUNICATION = "Équipe communication"
TRANSLATORS = "Traducteurs"
MODERATORS = "Modérateurs"
ROLE_NAMES = (COMMUNICATION, TRANSLATORS, MODERATORS)

# Created by Wagtail's own migrations; our three roles replace them.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")

WORKFLOW_NAME = "Relecture avant publication"
TASK_NAME = "Approbation par les modérateurs"

ADMIN = ["wagtailadmin.access_admin"]
TRANSLATE = ["wagtail_localize.submit_translation"]
MEDIA_CONTRIBUTE = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
MEDIA_MANAGE = MEDIA_CONTRIBUTE + ["wagtailimages.change_image", "wagtaildocs.change_document"]
# The newsletter's subscriber list (and its CSV export) for the team that sends the newsletter.
NEWSLETTER = ["newsletter.view_subscriber"]


def taxonomy_permissions(*actions):
    """`app.action_model` for each registered taxonomy (see editorial.registry), e.g. news.change_theme."""
    return [
        f"{model._meta.app_label}.{action}_{model._meta.model_name}"
        for model in registry.term_models()
        for action in actions
    ]


def model_permissions():
    """Model permissions per role."""
    return {
        # Terms are reviewed like pages: the communication team and translators save drafts and submit
        # them to the moderators, who alone publish (`publish_theme`...). Which language each may
        # change is the per-locale policy's (editorial/taxonomy_permissions.py).
        COMMUNICATION: ADMIN + TRANSLATE + MEDIA_MANAGE + NEWSLETTER + taxonomy_permissions("add", "change"),
        # Translators translate themes and publication types in the translation editor (change permission)
        # and may upload the Arabic edition of a PDF or image.
        TRANSLATORS: ADMIN + TRANSLATE + MEDIA_CONTRIBUTE + taxonomy_permissions("change"),
        MODERATORS: ADMIN
        + TRANSLATE
        + MEDIA_MANAGE
        + ["wagtailimages.delete_image", "wagtaildocs.delete_document"]
        + taxonomy_permissions("add", "change", "delete", "publish", "lock", "unlock"),
    }


EDIT_PAGES = ["add_page", "change_page", "lock_page", "unlock_page"]
PUBLISH_PAGES = EDIT_PAGES + ["publish_page", "bulk_delete_page"]

# Page permissions per role, by language of the tree (on that language's home page). SOURCE is the tree of the
# default language (French), TARGET the others (Arabic): the names date from when French was always the source.
# Translation goes both ways with the same grants: whoever edits a tree writes its originals and translates into
# it, so translators write Arabic originals and the communication team translates them into French; moderators
# publish in both trees (docs/translation.md).
SOURCE, TARGET = "source", "target"
PAGE_PERMISSIONS = {
    COMMUNICATION: {SOURCE: EDIT_PAGES},
    TRANSLATORS: {TARGET: EDIT_PAGES},
    MODERATORS: {SOURCE: PUBLISH_PAGES, TARGET: PUBLISH_PAGES},
}


def ensure_roles():
    """Creates the groups if needed and grants them what they need; safe to run again."""
    with transaction.atomic():
        groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_NAMES}
        remove_default_groups()
        for name, codenames in model_permissions().items():
            groups[name].permissions.add(*_permissions(codenames))
        _grant_collection_permissions(groups)
        # Terms need no home page to be reviewed: their workflow exists from the first `migrate`.
        ensure_review_workflow(groups[MODERATORS])
        homes = _locale_homes()
        if homes:
            _grant_page_permissions(groups, homes)
            _attach_review_workflow(groups[MODERATORS], homes)
    return groups


def remove_default_groups():
    """Deletes Wagtail's "Editors" and "Moderators" groups, which sit beside ours and confuse who does what.

    A group someone still belongs to is kept (with a warning): removing it would silently take
    their rights away; move them to one of our roles, and the next `migrate` removes it.
    """
    kept = []
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        if group.user_set.exists():
            kept.append(group.name)
            logger.warning("Group %r kept: it still has members; move them to one of %s.", group.name, ROLE_NAMES)
        else:
            group.delete()
    return kept


def ensure_review_workflow(moderators):
    """The moderators' review workflow (one task, their approval), created if missing."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([moderators])
    # A workflow without tasks would publish at once; WorkflowTask is saved directly (ParentalKey).
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Themes and publication types go through the same review as pages.
    for model in registry.term_models():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
    return workflow


def _permissions(dotted_names):
    wanted = {tuple(name.split(".", 1)) for name in dotted_names}
    found = [
        permission
        for permission in Permission.objects.filter(codename__in={codename for _app, codename in wanted})
        .select_related("content_type")
        .iterator()
        if (permission.content_type.app_label, permission.codename) in wanted
    ]
    return found


def _grant_collection_permissions(groups):
    """Wagtail checks image and document permissions per collection, ignoring the group's model permissions."""
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    if root is None:
        return
    for name, codenames in model_permissions().items():
        media = [codename for codename in codenames if codename.split(".")[0] in ("wagtailimages", "wagtaildocs")]
        for permission in _permissions(media):
            GroupCollectionPermission.objects.get_or_create(group=groups[name], collection=root, permission=permission)


def _locale_homes():
    """{"source": [homes], "target": [homes]}, the homes being each locale's root page."""
    from wagtail.models import Page

    homes = {SOURCE: [], TARGET: []}
    for home in Page.objects.filter(depth=2).exclude(content_type__app_label="wagtailcore").select_related("locale"):
        key = SOURCE if home.locale.language_code == settings.LANGUAGE_CODE else TARGET
        homes[key].append(home)
    return homes if homes[SOURCE] or homes[TARGET] else None


def _grant_page_permissions(groups, homes):
    from wagtail.models import GroupPagePermission

    page_permissions = {p.codename: p for p in Permission.objects.filter(content_type__app_label="wagtailcore")}
    for name, by_tree in PAGE_PERMISSIONS.items():
        for tree, codenames in by_tree.items():
            for home in homes[tree]:
                for codename in codenames:
                    if codename in page_permissions:
                        GroupPagePermission.objects.get_or_create(
                            group=groups[name], page=home, permission=page_permissions[codename]
                        )


def _attach_review_workflow(moderators, homes):
    """Every page of both trees goes through the moderators before it is published."""
    from wagtail.models import WorkflowPage

    workflow = ensure_review_workflow(moderators)
    for home in homes[SOURCE] + homes[TARGET]:
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
