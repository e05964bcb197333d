"""Keeps translated pages consistent with what wagtail-localize does not handle.

- Terms of a registered taxonomy (a ParentalManyToManyField, ignored by wagtail-localize)
  follow the source page, mapped to each term's translation in the page's language.
- A page converted from an alias into a translation is taken offline: the alias was
  live with the source text, and the translation must be reviewed before it is published.

Receivers are connected per page model (see `connect()`), so saving anything else costs nothing.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from editorial import registry


def is_source_locale(locale_id):
    return Locale.objects.filter(pk=locale_id, language_code=settings.LANGUAGE_CODE).exists()


def translated_terms(term_model, source_terms, locale):
    """`source_terms` in `locale`, submitting for translation those not yet translated."""
    source_terms = list(source_terms)
    keys = [term.translation_key for term in source_terms]
    existing = {
        term.translation_key: term for term in term_model.objects.filter(locale=locale, translation_key__in=keys)
    }
    missing = [term for term in source_terms if term.translation_key not in existing]
    if missing:
        creator = TranslationCreator(user=None, target_locales=[locale])
        for term in missing:
            creator.create_translations(term, include_related_objects=False)
        existing.update(
            (term.translation_key, term)
            for term in term_model.objects.filter(
                locale=locale, translation_key__in=[t.translation_key for t in missing]
            )
        )
    return [existing[term.translation_key] for term in source_terms if term.translation_key in existing]


def sync_terms_from_source(sender, instance, raw=False, **kwargs):
    if raw or (instance.pk is None and not instance.translation_key):
        return
    fields = [entry for entry in registry.taxonomies() if issubclass(sender, entry.page_models) and entry.field_name]
    if not fields or instance.alias_of_id or is_source_locale(instance.locale_id):
        return
    source_page = (
        sender.objects.filter(translation_key=instance.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=instance.pk)
        .first()
    )
    if source_page is None or not TranslationSource.objects.filter(object_id=instance.translation_key).exists():
        return
    for entry in fields:
        terms = getattr(source_page, entry.field_name).all()
        setattr(instance, entry.field_name, translated_terms(entry.term_model, terms, instance.locale))


def take_converted_alias_offline(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    """wagtail-localize converts an alias with `save(update_fields=["alias_of_id"])`, leaving it live."""
    if raw or created or update_fields is None:
        return
    if set(update_fields) != {"alias_of_id"} or instance.alias_of_id is not None or not instance.live:
        return
    if is_source_locale(instance.locale_id):
        return
    Page.objects.filter(pk=instance.pk).update(live=False, has_unpublished_changes=True)
    instance.live = False
    instance.has_unpublished_changes = True


def connect_page_models():
    for model in get_page_models():
        post_save.connect(
            take_converted_alias_offline, sender=model, dispatch_uid=f"alias-offline-{model._meta.label_lower}"
        )


def connect_taxonomy(entry):
    if not entry.field_name:
        return
    for model in get_page_models():
        if issubclass(model, entry.page_models):
            pre_save.connect(sync_terms_from_source, sender=model, dispatch_uid=f"sync-terms-{model._meta.label_lower}")
