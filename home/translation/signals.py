"""Keeps Arabic pages consistent with what wagtail-localize does not handle.

- Themes (a ParentalManyToManyField, ignored by wagtail-localize) follow the source
  page, mapped to each theme's translation in the page's language.
- A page converted from an alias into a translation is taken offline: the alias was
  live with the source text, and the translation must be reviewed before it is published.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from news.models import ListingPage, Theme


def is_source_locale(locale_id):
    return Locale.objects.filter(pk=locale_id, language_code=settings.LANGUAGE_CODE).exists()


def translated_themes(source_page, locale):
    """The source page's themes in `locale`, submitting for translation those not yet translated."""
    source_themes = list(Theme.objects.filter(pk__in=source_page.themes.values_list("pk", flat=True)))
    existing = {
        theme.translation_key: theme
        for theme in Theme.objects.filter(
            locale=locale, translation_key__in=[theme.translation_key for theme in source_themes]
        )
    }
    missing = [theme for theme in source_themes if theme.translation_key not in existing]
    if missing:
        creator = TranslationCreator(user=None, target_locales=[locale])
        for theme in missing:
            creator.create_translations(theme, include_related_objects=False)
        existing.update(
            (theme.translation_key, theme)
            for theme in Theme.objects.filter(locale=locale, translation_key__in=[t.translation_key for t in missing])
        )
    return [existing[theme.translation_key] for theme in source_themes if theme.translation_key in existing]


@receiver(pre_save)
def sync_themes_from_source(sender, instance, raw=False, **kwargs):
    if raw or not issubclass(sender, ListingPage) or instance.pk is None and not instance.translation_key:
        return
    if instance.alias_of_id or is_source_locale(instance.locale_id):
        return
    source_page = (
        sender.objects.filter(translation_key=instance.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=instance.pk)
        .first()
    )
    if source_page is None or not TranslationSource.objects.filter(object_id=instance.translation_key).exists():
        return
    instance.themes = translated_themes(source_page, instance.locale)


@receiver(post_save)
def take_converted_alias_offline(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    """wagtail-localize converts an alias with `save(update_fields=["alias_of_id"])`, leaving it live."""
    if raw or created or not isinstance(instance, Page) or update_fields is None:
        return
    if set(update_fields) != {"alias_of_id"} or instance.alias_of_id is not None or not instance.live:
        return
    if is_source_locale(instance.locale_id):
        return
    Page.objects.filter(pk=instance.pk).update(live=False, has_unpublished_changes=True)
    instance.live = False
    instance.has_unpublished_changes = True
