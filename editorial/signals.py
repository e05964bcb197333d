"""Keeps translated pages consistent with what wagtail-localize does not handle.

- Terms of a registered taxonomy (a ParentalManyToManyField, ignored by wagtail-localize)
  follow the source page (the version written first, French or Arabic), mapped to each
  term's translation in the page's language.
- A page converted from an alias into a translation is taken offline: the alias was
  live with the source text, and the translation must be reviewed before it is published.

Receivers are connected per page model (see `connect()`), so saving anything else costs nothing.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.operations import TranslationCreator

from editorial import registry
from editorial.direction import source_locale_id, source_locale_ids


def is_source_locale(locale_id):
    """Whether `locale_id` is the site's default language (French), the usual source; see `is_original()`."""
    return Locale.objects.filter(pk=locale_id, language_code=settings.LANGUAGE_CODE).exists()


def is_original(page):
    """Whether `page` is the version its content was written in (French or Arabic), not a translation of it."""
    return source_locale_id(page) == page.locale_id


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
    if not fields or instance.alias_of_id:
        return
    written_in = source_locale_ids([instance.translation_key]).get(instance.translation_key)
    if written_in is None or written_in == instance.locale_id:
        return  # an original (French or Arabic), or a page never translated
    source_page = (
        sender.objects.filter(translation_key=instance.translation_key, locale_id=written_in)
        .exclude(pk=instance.pk)
        .first()
    )
    if source_page is None:
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
    if is_original(instance):
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
