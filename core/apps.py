from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app uses and that knows no app: blocks, content cache, frame, SEO, sitemaps, errors."""

    name = "core"

    def ready(self):
        from core.content_cache import connect_signals

        connect_signals()
