from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core.content_cache import bump_generation
        from editorial.registry import register_taxonomy
        from news.models import ListedPage, PublicationType, Theme

        # Filter options and theme names are cached per content generation.
        for model in (Theme, PublicationType):
            post_save.connect(bump_generation, sender=model, dispatch_uid=f"content-generation-save-{model.__name__}")
            post_delete.connect(bump_generation, sender=model, dispatch_uid=f"content-generation-del-{model.__name__}")
        register_taxonomy(Theme, page_models=(ListedPage,), field_name="themes")
        register_taxonomy(PublicationType)
        # Articles name other pages in their related block: a change to those purges the articles too.
        from core.purges import register_paths_showing
        from news.purges import paths_showing

        register_paths_showing(paths_showing)
