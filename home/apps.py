from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def apply_roles_after_migrate(sender, **kwargs):
    # Run once, after the last app's permissions exist.
    if sender is not list(apps.get_app_configs())[-1]:
        return
    from home.roles import ensure_roles

    ensure_roles()


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from home.content_cache import connect_signals
        from home.translation import signals  # noqa: F401
        from home.translation.slugs import apply_slug_policy

        post_migrate.connect(apply_roles_after_migrate, dispatch_uid="home.apply_roles_after_migrate")
        apply_slug_policy()
        connect_signals()
