"""Which language a page was written in, and so which way it is translated.

French is the usual source, but a statement written in Arabic first is translated into
French. A page's source language is the locale of its wagtail-localize TranslationSource
(whose object_id is the page's translation_key) when one exists; otherwise the page was
never translated from anything, and its own locale is its source.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource


def source_locale_ids(translation_keys):
    """{translation_key: locale id of its first TranslationSource}, in one query; keys never translated are absent."""
    locale_ids = {}
    rows = (
        TranslationSource.objects.filter(object_id__in=list(translation_keys))
        .order_by("created_at", "pk")
        .values_list("object_id", "locale_id")
    )
    for key, locale_id in rows:
        locale_ids.setdefault(key, locale_id)
    return locale_ids


def source_locale_id(page):
    """The id of the locale `page` (any language version of it) was written in."""
    return source_locale_ids([page.translation_key]).get(page.translation_key, page.locale_id)


def source_language(page):
    """The language code `page` was written in, e.g. "ar" for an Arabic original and its French translation."""
    locale_id = source_locale_id(page)
    if locale_id == page.locale_id:
        return page.locale.language_code
    return Locale.objects.get(pk=locale_id).language_code


def is_translation(page):
    """Whether `page` is a translation of a page written in another language (aliases aside)."""
    return source_locale_id(page) != page.locale_id


def source_page(page):
    """The page `page` was translated from (itself when it is an original), as its specific class."""
    locale_id = source_locale_id(page)
    if locale_id == page.locale_id:
        return page
    found = Page.objects.filter(translation_key=page.translation_key, locale_id=locale_id).first()
    return found.specific if found is not None else page
