"""Slug policy, both ways (docs/translation.md, "Adresses").

- A translation of a French page keeps its source page's (Latin) slug: `/ar/actualites/bilan-annuel/`.
  wagtail-localize would otherwise treat the slug as translatable text and pass the translator's
  value through `slugify()` without `allow_unicode`, which turns an Arabic slug into an empty one.
  Synchronising it keeps `/ar/…` URLs stable and mirrors the French address.
- A French translation of an Arabic original gets a readable French slug of its own: copying the
  Arabic original's slug would give a French page an Arabic (or empty) address. Until the
  translation is first published, its slug follows its title, transliterated into Latin letters
  (core/transliteration.py, the rules the admin's slug field runs) while the title is still the
  Arabic one and from the French title once translated;
  from its first publication on, the address stays, whatever the title becomes. (A translation that
  already has sub-pages keeps its slug too: Wagtail moves their paths from the slug it was given.)
"""

from django.conf import settings
from django.db.models.signals import pre_save
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.fields import SynchronizedField

from core.transliteration import slug_from_text
from editorial.direction import source_locale_ids


class SlugFromDefaultLanguage(SynchronizedField):
    """The slug, synchronised from a source page written in the default language (French) only."""

    def __init__(self):
        super().__init__("slug")

    def is_synchronized(self, obj):
        return _is_default_language(obj.locale_id)

    def is_overridable(self, obj):
        return False


def _is_default_language(locale_id):
    return Locale.objects.filter(pk=locale_id, language_code=settings.LANGUAGE_CODE).exists()


def readable_slug(title):
    """A Latin slug for `title`: the French title's own words, or an Arabic title transliterated."""
    return slug_from_text(title).strip("-")


def give_translation_its_own_slug(sender, instance, raw=False, **kwargs):
    """Before its first publication, a translation of a page written in another language than French takes its
    slug from its own title (see the module docstring)."""
    if raw or instance.alias_of_id or instance.first_published_at is not None or (instance.depth or 0) <= 2:
        return
    if instance.numchild:
        # Page.save moves the descendants' paths after this signal, from the slug it was given: leave it be.
        return
    written_in = source_locale_ids([instance.translation_key]).get(instance.translation_key)
    if written_in is None or written_in == instance.locale_id or _is_default_language(written_in):
        return
    parent = instance.get_parent()
    if parent is None:
        return
    slug = find_available_slug(parent, readable_slug(instance.title) or "page", ignore_page_id=instance.pk)
    if slug == instance.slug:
        return
    instance.slug = slug
    instance.set_url_path(parent)


def apply_slug_policy():
    for model in get_page_models():
        if model is Page:
            continue
        overrides = [f for f in getattr(model, "override_translatable_fields", []) if f.field_name != "slug"]
        model.override_translatable_fields = overrides + [SlugFromDefaultLanguage()]
        pre_save.connect(
            give_translation_its_own_slug, sender=model, dispatch_uid=f"translation-slug-{model._meta.label_lower}"
        )
