"""Rows of translatable models in a page's language.

A translated page may still point at source-language rows (themes, publication types,
related pages): each is shown in the page's language when it has been translated.
"""

from django.db.models import Q


def with_translations(model, pks, locale_id):
    """The rows `pks` (a list or a subquery) of `model` and their translations in `locale_id`, as one queryset."""
    keys = model.objects.filter(pk__in=pks).values("translation_key")
    return model.objects.filter(Q(pk__in=pks) | Q(locale_id=locale_id, translation_key__in=keys))


def prefer_locale(rows, locale_id, key=lambda row: row.translation_key):
    """{key: row}: for each key (the translation key by default), the row in `locale_id` if any, else the first met."""
    chosen = {}
    for row in rows:
        if row.locale_id == locale_id or key(row) not in chosen:
            chosen[key(row)] = row
    return chosen
