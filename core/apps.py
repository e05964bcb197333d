from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app uses and that knows no app: blocks, content cache, frame, SEO, sitemaps, errors,
    background-task retries and report, /health/."""

    name = "core"
    verbose_name = _("Socle")

    def ready(self):
        from core.admin_fields import register_overrides
        from core.content_cache import connect_signals
        from core.purges import connect_signals as connect_purge_signals
        from core.tasks import connect_signals as connect_task_signals

        connect_signals()
        connect_task_signals()
        connect_purge_signals()
        register_overrides()
        self.connect_footer()

    def connect_footer(self):
        from django.db.models.signals import post_save

        from core.footer import footer_changed
        from core.models import FooterLinks

        post_save.connect(footer_changed, sender=FooterLinks, dispatch_uid="footer-links-changed")
