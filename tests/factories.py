"""Small helpers that build pages the way editors do, for tests."""

from wagtail.models import Page


def add_page(parent, page, publish=True):
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def translate_page(page, locale, publish=True, **fields):
    """A translated copy of `page` in `locale`, with the given fields overwritten."""
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    revision = translated.save_revision()
    if publish:
        revision.publish()
        translated.refresh_from_db()
    return Page.objects.get(pk=translated.pk).specific
