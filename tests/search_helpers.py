"""Builds small French and Arabic trees for the site search tests."""

import datetime
import io
import zlib

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage, PublicationType
from tests.factories import add_page, translate_page


def indexes(site_tree):
    """News and publication indexes in French and their Arabic translations."""
    fr_news = add_page(site_tree["fr"], NewsIndexPage(title="Actualités", slug="actualites"))
    fr_pubs = add_page(site_tree["fr"], PublicationIndexPage(title="Publications", slug="publications"))
    ar = Locale.objects.get(language_code="ar")
    ar_news = translate_page(fr_news, ar, title="الأخبار")
    ar_pubs = translate_page(fr_pubs, ar, title="المنشورات")
    return {"fr": {"news": fr_news, "publications": fr_pubs}, "ar": {"news": ar_news, "publications": ar_pubs}}


def article(parent, title, summary="", body_text="", date=None, publish=True, slug=None):
    page = ArticlePage(
        title=title,
        slug=slug or f"article-{ArticlePage.objects.count() + 1}",
        summary=summary or title,
        body=[("paragraph", f"<p>{body_text}</p>")] if body_text else [],
        date=date or datetime.date(2024, 5, 1),
    )
    return add_page(parent, page, publish=publish)


def publication_type(locale):
    kind, _created = PublicationType.objects.get_or_create(slug="rapport", locale=locale, defaults={"name": "Rapport"})
    return kind


def publication(parent, title, summary="", document=None, date=None, publish=True, slug=None):
    page = PublicationPage(
        title=title,
        publication_type=publication_type(parent.locale),
        slug=slug or f"publication-{PublicationPage.objects.count() + 1}",
        summary=summary or title,
        document=document,
        date=date or datetime.date(2024, 5, 1),
    )
    return add_page(parent, page, publish=publish)


def pdf_bytes(text):
    """A one-page PDF whose text layer holds `text` (ASCII), written by hand to need no extra library."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _pdf(objects)


def hostile_pdf_bytes(pages=20, operations=30_000):
    """A few kilobytes of PDF that keep a text extractor busy for many seconds.

    Each page has a line of text, then a compressed stream of `operations` no-op drawing
    operators (save and restore the graphics state) that the extractor parses one by one.
    """
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Rapport) Tj ET\n" + b"q Q\n" * operations, 9)
    kids = " ".join(f"{4 + n} 0 R" for n in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for number in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (4 + pages + number)
        )
    stream_object = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objects += [stream_object] * pages
    return _pdf(objects)


def _pdf(objects):
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def document(title, content, filename="rapport.pdf"):
    doc = get_document_model()(title=title)
    doc.file.save(filename, ContentFile(content), save=False)
    doc.save()
    return doc
