"""What the editorial workflow needs to know about content apps, registered by those apps.

Editorial imports no content app: news (or any other) says in its `ready()` which
translatable taxonomies its pages carry; the roles read them from here and the
terms of a translated page follow its source's from then on.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class TranslatedTaxonomy:
    """A translatable snippet linked from pages through a ParentalManyToManyField (or a foreign key)."""

    term_model: type
    page_models: tuple = ()
    field_name: str = ""


_taxonomies = []


def register_taxonomy(term_model, page_models=(), field_name=""):
    """Declare a translatable term model; with `page_models` and `field_name`, translations follow the source's terms.

    wagtail-localize ignores many-to-many fields, so a translated page would keep no terms
    (or the source language's rows) without this.
    """
    from django.db.models.signals import post_delete, post_save
    from wagtail.permissions import register_permission_policy

    from core.purges import purge_languages
    from editorial.signals import connect_taxonomy
    from editorial.taxonomy_permissions import LocalePermissionPolicy

    entry = TranslatedTaxonomy(term_model, tuple(page_models), field_name)
    if entry not in _taxonomies:
        _taxonomies.append(entry)
        connect_taxonomy(entry)
        # Terms are changed in their own language only (editorial/taxonomy_permissions.py).
        register_permission_policy(term_model, LocalePermissionPolicy(term_model))
        # Terms are named on listings, cards and pages of every language: edited, they purge them all.
        label = term_model._meta.label_lower
        post_save.connect(purge_languages, sender=term_model, dispatch_uid=f"purge-term-saved-{label}")
        post_delete.connect(purge_languages, sender=term_model, dispatch_uid=f"purge-term-deleted-{label}")
    return entry


def taxonomies():
    return list(_taxonomies)


def term_models():
    seen = []
    for entry in _taxonomies:
        if entry.term_model not in seen:
            seen.append(entry.term_model)
    return seen
