from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def apply_roles_after_migrate(sender, **kwargs):
    # post_migrate is sent once per app with models: act on the last one, when the others' permissions exist.
    if sender is not [config for config in apps.get_app_configs() if config.models_module is not None][-1]:
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
