from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


def apply_roles_after_migrate(sender, **kwargs):
    # post_migrate is sent once per app with models: act on the last one, when the others' permissions exist.
    if sender is not [config for config in apps.get_app_configs() if config.models_module is not None][-1]:
        return
    from editorial.roles import ensure_roles

    ensure_roles()


class EditorialConfig(AppConfig):
    """Roles, review before live, translation guards, slug policy, machine translation, translation status."""

    name = "editorial"

    def ready(self):
        from editorial import localize_labels, notifications, signals
        from editorial.slugs import apply_slug_policy

        post_migrate.connect(apply_roles_after_migrate, dispatch_uid="editorial.apply_roles_after_migrate")
        apply_slug_policy()
        signals.connect_page_models()
        notifications.connect_signals()
        localize_labels.apply()
