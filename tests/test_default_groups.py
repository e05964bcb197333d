"""Wagtail's default "Editors" and "Moderators" groups give way to our three roles."""

import pytest
from django.contrib.auth.models import Group

from editorial import roles
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def group_names():
    return set(Group.objects.values_list("name", flat=True))


def test_only_our_roles_remain_after_set_up(site_tree):
    names = group_names()
    assert set(roles.ROLE_NAMES) <= names
    assert not names & {"Editors", "Moderators"}


def test_a_default_group_with_members_is_kept_until_they_move(site_tree, caplog):
    editors = Group.objects.create(name="Editors")
    someone = make_user("ancienne-editrice")
    someone.groups.add(editors)
    Group.objects.create(name="Moderators")

    roles.ensure_roles()

    assert "Editors" in group_names() and "Moderators" not in group_names()
    assert list(someone.groups.values_list("name", flat=True)) == ["Editors"]
    assert "still has members" in caplog.text

    someone.groups.set([Group.objects.get(name=roles.TRANSLATORS)])
    roles.ensure_roles()
    assert "Editors" not in group_names()
