"""Hostile uploads: a PDF that would keep the extractor busy, huge images, documents, spreadsheet formulas."""

import csv
import io
import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from newsletter.models import Subscriber
from search import documents
from search.models import DocumentText
from tests.factories import (
    bilingual_indexes,
    hostile_pdf_bytes,
    make_document,
    make_subscriber,
    make_user,
    pdf_bytes,
    publication,
)

pytestmark = pytest.mark.django_db

# Low limits keep the test short; production's are in settings (PDF_TEXT_LIMITS).
TIGHT = {"cpu_seconds": 1, "memory_mb": 768, "wall_seconds": 10}


@pytest.fixture
def counted_extractions(monkeypatch):
    calls = []
    real = documents.extract_text_in_child

    def counting(data):
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(documents, "extract_text_in_child", counting)
    return calls


def test_a_pdf_over_the_cpu_limit_is_stopped_and_recorded_unreadable_once(settings, counted_extractions, caplog):
    settings.PDF_TEXT_LIMITS = TIGHT
    pdf = hostile_pdf_bytes()
    assert len(pdf) < 12_000
    doc = make_document("Rapport piégé", content=pdf)
    with caplog.at_level(logging.WARNING, logger="search.documents"):
        assert documents.document_text(doc) == ""
    assert "could not be read" in caplog.text and "signal" in caplog.text
    record = DocumentText.objects.get(document=doc)
    assert record.readable is False and record.file_hash == doc.get_file_hash()
    # Saved again, indexed again: the verdict stands until the file changes.
    doc.title = "Rapport piégé (titre corrigé)"
    doc.save()
    assert documents.document_text(doc) == ""
    assert len(counted_extractions) == 1


def test_a_pdf_over_the_wall_clock_limit_is_stopped(settings, caplog):
    settings.PDF_TEXT_LIMITS = {"cpu_seconds": 60, "memory_mb": 768, "wall_seconds": 1}
    with pytest.raises(documents.UnreadableDocument, match="wall-clock"):
        documents.extract_text_in_child(hostile_pdf_bytes())


def test_a_pdf_asking_for_too_much_memory_is_stopped(settings):
    settings.PDF_TEXT_LIMITS = {"cpu_seconds": 20, "memory_mb": 16, "wall_seconds": 20}
    with pytest.raises(documents.UnreadableDocument):
        documents.extract_text_in_child(pdf_bytes("Rapport annuel"))


def test_an_ordinary_pdf_is_read_under_the_same_limits(settings):
    settings.PDF_TEXT_LIMITS = TIGHT
    assert documents.extract_text_in_child(pdf_bytes("Rapport annuel 2024")).strip() == "Rapport annuel 2024"


def test_a_publication_with_a_hostile_pdf_is_published_and_found_by_its_title(client, site_tree, settings):
    settings.PDF_TEXT_LIMITS = TIGHT
    tree = bilingual_indexes(site_tree)
    doc = make_document("Rapport piégé", content=hostile_pdf_bytes())
    page = publication(tree["fr"]["publications"], "Rapport sur la détention", document=doc)
    assert page.live
    found = client.get("/fr/recherche/", {"q": "detention"}).context["results"].hits
    assert [hit.entry.title for hit in found] == ["Rapport sur la détention"]


def _png(width, height):
    out = io.BytesIO()
    PILImage.new("L", (width, height)).save(out, "PNG")
    return out.getvalue()


def test_images_over_forty_megapixels_are_refused_with_a_message(client, site_tree):
    client.force_login(make_user("admin", is_superuser=True))
    upload = SimpleUploadedFile("immense.png", _png(8000, 5100), content_type="image/png")
    response = client.post("/admin/images/add/", {"title": "Immense", "file": upload, "collection": 1})
    assert response.status_code == 200
    assert "40" in response.content.decode() and "pixels" in response.content.decode().lower()
    from wagtail.images import get_image_model

    assert not get_image_model().objects.filter(title="Immense").exists()


@pytest.mark.parametrize(
    ("filename", "content", "disposition"),
    [
        ("rapport.pdf", pdf_bytes("Rapport"), "inline"),
        ("note.txt", b"<script>alert(1)</script>", "attachment"),
        ("tableau.csv", b"=1+1,b\n", "attachment"),
    ],
)
def test_documents_are_downloaded_except_pdfs(client, site_tree, filename, content, disposition):
    doc = make_document("Pièce", content=content, name=filename)
    response = client.get(doc.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"


def test_document_types_stay_an_allow_list(client, site_tree):
    client.force_login(make_user("admin", is_superuser=True))
    upload = SimpleUploadedFile("page.html", b"<script>alert(1)</script>", content_type="text/html")
    response = client.post("/admin/documents/add/", {"title": "Page", "file": upload, "collection": 1})
    assert response.status_code == 200
    assert "html" in response.content.decode()
    from wagtail.documents import get_document_model

    assert not get_document_model().objects.filter(title="Page").exists()


@pytest.mark.parametrize("email", ["=cmd|'/c calc'!a0@exemple.ma", "+33@exemple.ma", "-2+3@exemple.ma", "@sum@x.ma"])
def test_csv_export_cells_never_start_a_formula(client, site_tree, email):
    make_subscriber(email=email, language="fr", status=Subscriber.Status.CONFIRMED)
    client.force_login(make_user("admin", is_superuser=True))
    response = client.get("/admin/newsletter_subscribers/", {"export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(content)))
    assert row["Adresse électronique"] == "'" + email
    assert all(not value.startswith(("=", "+", "-", "@")) for value in row.values())
