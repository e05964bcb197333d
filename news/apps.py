from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home.content_cache import bump_generation
        from news.models import PublicationType, Theme

        # Filter options and theme names are cached per content generation.
        for model in (Theme, PublicationType):
            post_save.connect(bump_generation, sender=model, dispatch_uid=f"content-generation-save-{model.__name__}")
            post_delete.connect(bump_generation, sender=model, dispatch_uid=f"content-generation-del-{model.__name__}")
