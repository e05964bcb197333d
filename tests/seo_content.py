"""A small bilingual tree with an article, a publication and pages, for the SEO tests."""

import datetime
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from home.models import StandardPage
from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage, PublicationType
from tests.factories import add_page, translate_page


def make_image(title="Photo", size=(1600, 900)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (11, 79, 108)).save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="photo.png"))


def make_pdf(title="Rapport annuel"):
    from django.core.files.base import ContentFile

    return Document.objects.create(title=title, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="rapport.pdf"))


def add_news_and_publication(fr_home, locales):
    """A news index with an article and a publication index with a report, all translated into Arabic."""
    ar = locales["ar"]
    news = add_page(fr_home, NewsIndexPage(title="Actualités", slug="actualites"))
    article = add_page(
        news,
        ArticlePage(
            title="Visite d’un centre de détention",
            slug="visite-centre",
            date=datetime.date(2026, 3, 8),
            summary="Le Conseil a visité un centre <de> détention & publié ses constats.",
            main_image=make_image("Délégation du Conseil"),
        ),
    )
    publications = add_page(fr_home, PublicationIndexPage(title="Publications", slug="publications"))
    report_type = PublicationType.objects.create(name="Rapport", slug="rapport", locale=locales["fr"])
    publication = add_page(
        publications,
        PublicationPage(
            title="Rapport annuel 2025",
            slug="rapport-annuel-2025",
            date=datetime.date(2026, 2, 1),
            summary="Bilan de l’année.",
            publication_type=report_type,
            cover_image=make_image("Couverture du rapport"),
            document=make_pdf(),
        ),
    )
    return {
        "news": news,
        "article": article,
        "publication": publication,
        "ar_news": translate_page(news, ar, title="الأخبار"),
        "ar_article": translate_page(article, ar, title="زيارة مركز احتجاز", summary="زار المجلس مركز احتجاز."),
        "ar_publications": translate_page(publications, ar, title="المنشورات"),
        "ar_publication": translate_page(publication, ar, title="التقرير السنوي 2025", summary="حصيلة السنة."),
    }


def build_tree(site_tree, locales):
    fr_home = site_tree["fr"]
    ar = locales["ar"]
    tree = add_news_and_publication(fr_home, locales)
    about = add_page(
        fr_home,
        StandardPage(title="Le Conseil", slug="le-conseil", summary="Mandat et composition.", show_in_menus=True),
    )
    untranslated = add_page(fr_home, StandardPage(title="Contact", slug="contact", summary="Nous écrire."))
    return {
        **tree,
        "fr_home": fr_home,
        "ar_home": site_tree["ar"],
        "about": about,
        "untranslated": untranslated,
        "ar_about": translate_page(about, ar, title="المجلس", summary="الولاية والتركيبة."),
    }
