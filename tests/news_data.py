"""Builders for news and publication tests: indexes, articles, publications, themes, images, documents."""

import datetime
import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage, PublicationType, Theme
from tests.factories import add_page


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
