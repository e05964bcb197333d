"""Slug policy: a translated page keeps its source page's (Latin) slug.

wagtail-localize would otherwise treat the slug as translatable text and pass the
translator's value through `slugify()` without `allow_unicode`, which turns an
Arabic slug into an empty one. Synchronising it keeps `/ar/…` URLs stable and
mirrors the French address.
"""

from django.apps import apps
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

PROJECT_APPS = ("home", "news")


def apply_slug_policy():
    for app_label in PROJECT_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if not issubclass(model, Page):
                continue
            overrides = [f for f in getattr(model, "override_translatable_fields", []) if f.field_name != "slug"]
            model.override_translatable_fields = overrides + [SynchronizedField("slug")]
