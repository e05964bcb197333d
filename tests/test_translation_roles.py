"""The editorial groups exist on every install, with their page permissions and the review workflow on both homes."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, WorkflowPage

from editorial import roles

pytestmark = pytest.mark.django_db


def page_permissions(group_name, home):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, page=home).values_list(
            "permission__codename", flat=True
        )
    )


def test_groups_exist_after_migrate_with_their_model_permissions(db):
    groups = {group.name: group for group in Group.objects.filter(name__in=roles.ROLE_NAMES)}
    assert set(groups) == set(roles.ROLE_NAMES)
    for name in roles.ROLE_NAMES:
        codenames = set(groups[name].permissions.values_list("codename", flat=True))
        assert {"access_admin", "submit_translation"} <= codenames
    assert "delete_document" not in set(groups[roles.TRANSLATORS].permissions.values_list("codename", flat=True))


def test_page_permissions_hang_on_each_language_home(site_tree):
    fr, ar = site_tree["fr"], site_tree["ar"]
    assert page_permissions(roles.COMMUNICATION, fr) == {"add_page", "change_page", "lock_page", "unlock_page"}
    assert page_permissions(roles.COMMUNICATION, ar) == set()
    assert page_permissions(roles.TRANSLATORS, ar) == {"add_page", "change_page", "lock_page", "unlock_page"}
    assert page_permissions(roles.TRANSLATORS, fr) == set()
    for home in (fr, ar):
        assert "publish_page" in page_permissions(roles.MODERATORS, home)


def test_both_trees_go_through_the_moderators(site_tree):
    for home in site_tree.values():
        workflow = WorkflowPage.objects.get(page=home).workflow
        assert workflow.name == roles.WORKFLOW_NAME
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == [roles.MODERATORS]


def test_applying_roles_again_changes_nothing(site_tree):
    before = GroupPagePermission.objects.count(), WorkflowPage.objects.count()
    roles.ensure_roles()
    assert (GroupPagePermission.objects.count(), WorkflowPage.objects.count()) == before


def test_every_role_may_choose_images_and_documents_in_the_choosers(site_tree):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    document_policy = policy_registry.get_by_type(get_document_model())
    image_policy = policy_registry.get_by_type(get_image_model())

    from tests.factories import make_document, make_image, make_user

    image, document = make_image("Audience"), make_document()
    for name in roles.ROLE_NAMES:
        user = make_user(f"user-{roles.ROLE_NAMES.index(name)}", name)
        assert image in image_policy.instances_user_has_any_permission_for(user, ["choose"]), name
        assert document in document_policy.instances_user_has_any_permission_for(user, ["choose"]), name
        assert image_policy.user_has_permission(user, "add"), name
    assert get_document_model().objects.count() == 1


def test_translators_may_not_change_someone_elses_image(site_tree):
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    image_policy = policy_registry.get_by_type(get_image_model())

    from tests.factories import make_image, make_user

    image = make_image("Audience")
    assert image_policy.user_has_permission_for_instance(make_user("redactrice", roles.COMMUNICATION), "change", image)
    assert not image_policy.user_has_permission_for_instance(
        make_user("traductrice", roles.TRANSLATORS), "change", image
    )
