"""Who may change a translatable taxonomy term: the people who may edit pages in its language.

Model permissions say whether a role handles themes at all; Wagtail has no notion of a
language in them, so a translator holding `change_theme` could rename a French theme,
live at once. This policy adds the rule pages already follow: changing, deleting or
publishing a term needs edit permission on its locale's tree (its home page), so the
communication team changes French terms, translators Arabic ones, moderators both.
"""

from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

LOCALE_BOUND_ACTIONS = {"change", "delete", "publish", "lock", "unlock"}


def may_edit_in_locale(user, locale):
    if user.is_active and user.is_superuser:
        return True
    home = Page.objects.filter(depth=2, locale=locale).first()
    return home is not None and home.permissions_for_user(user).can_edit()


class LocalePermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        if action in LOCALE_BOUND_ACTIONS and getattr(instance, "locale_id", None):
            return may_edit_in_locale(user, instance.locale)
        return True
