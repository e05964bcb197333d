"""Slug policy: a translated page keeps its source page's (Latin) slug.

wagtail-localize would otherwise treat the slug as translatable text and pass the
translator's value through `slugify()` without `allow_unicode`, which turns an
Arabic slug into an empty one. Synchronising it keeps `/ar/…` URLs stable and
mirrors the French address.
"""

from wagtail.models import Page, get_page_models
from wagtail_localize.fields import SynchronizedField


def apply_slug_policy():
    for model in get_page_models():
        if model is Page:
            continue
        overrides = [f for f in getattr(model, "override_translatable_fields", []) if f.field_name != "slug"]
        model.override_translatable_fields = overrides + [SynchronizedField("slug")]
