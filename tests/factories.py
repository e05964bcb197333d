"""Every piece of test data, built in one place.

What it holds: builders for pages (`add_page`, `translate_page`, the news and publication
indexes, `article`, `publication`), media (`make_image`, `make_document`, PDF bytes),
taxonomies (`make_theme`, `make_publication_type`) and people (`make_user` in a role).
Each kind of object has one builder with one signature: keyword arguments with defaults,
so a test names only what it cares about.

Why one module: the same article or image used to be built by several helper modules,
each with its own signature and defaults, so two tests that seemed to build "an article"
built different ones. Pytest fixtures (tests/translation_support.py, tests/task_support.py,
conftest.py) stay where they are, but build their data with these functions.
"""

import datetime
import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage, PublicationType, Theme

# Pages


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


def make_image(title="Photo", width=64, height=48):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 90, 140)).save(buffer, "PNG")
    return Image.objects.create(title=title, file=ContentFile(buffer.getvalue(), name=f"{title.lower()}.png"))


def make_document(title="Rapport", name="rapport.pdf", size=2048):
    return Document.objects.create(title=title, file=ContentFile(b"%PDF-1.4\n" + b"0" * (size - 9), name=name))


def make_theme(locale, name, slug, translation_of=None):
    theme = Theme(locale=locale, name=name, slug=slug)
    if translation_of is not None:
        theme.translation_key = translation_of.translation_key
    theme.save()
    return theme


def make_publication_type(locale, name, slug, translation_of=None):
    kind = PublicationType(locale=locale, name=name, slug=slug)
    if translation_of is not None:
        kind.translation_key = translation_of.translation_key
    kind.save()
    return kind


def news_index(home, title="Actualités", slug="actualites"):
    return add_page(home, NewsIndexPage(title=title, slug=slug, show_in_menus=True))


def publication_index(home, title="Publications", slug="publications"):
    return add_page(home, PublicationIndexPage(title=title, slug=slug, show_in_menus=True))


def article(index, title, date=datetime.date(2024, 5, 10), themes=(), publish=True, **fields):
    fields.setdefault("summary", f"Résumé de {title}")
    fields.setdefault("slug", None)
    page = ArticlePage(title=title, date=date, live=publish, **fields)
    if not page.slug:
        from django.utils.text import slugify

        page.slug = slugify(title)
    if themes:
        page.themes = list(themes)
    return add_page(index, page, publish=publish)


def publication(index, title, date=datetime.date(2024, 5, 10), themes=(), publish=True, **fields):
    from django.utils.text import slugify

    fields.setdefault("summary", f"Résumé de {title}")
    if "publication_type" not in fields:
        fields["publication_type"] = PublicationType.objects.filter(locale_id=index.locale_id).first() or (
            make_publication_type(index.locale, "Rapport", "rapport")
        )
    page = PublicationPage(title=title, slug=slugify(title), date=date, live=publish, **fields)
    if themes:
        page.themes = list(themes)
    return add_page(index, page, publish=publish)
