"""Text inside the PDFs of publications is searchable, and a broken PDF never blocks publishing."""

import logging

import pytest

from search.models import DocumentText
from tests.factories import bilingual_indexes, make_document, pdf_bytes, publication


@pytest.fixture
def tree(site_tree):
    return bilingual_indexes(site_tree)


def hits(client, q):
    return client.get("/fr/recherche/", {"q": q}).context["results"].hits


def test_word_only_in_main_pdf_finds_publication_labelled_as_found_in_document(client, tree):
    doc = make_document("Rapport", content=pdf_bytes("Situation des prisons et surpopulation carcerale"))
    publication(tree["fr"]["publications"], "Rapport annuel 2024", document=doc)
    response = client.get("/fr/recherche/", {"q": "surpopulation"})
    assert [hit.entry.title for hit in response.context["results"].hits] == ["Rapport annuel 2024"]
    assert "Trouvé dans le document" in response.content.decode()


def test_word_only_in_annex_is_found(client, tree):
    from news.models import PublicationAnnex

    annex = make_document("Annexe", content=pdf_bytes("Tableau des visites de centres"), name="annexe.pdf")
    page = publication(tree["fr"]["publications"], "Rapport thématique", publish=False)
    page.annexes.add(PublicationAnnex(title="Annexe 1", document=annex, locale=page.locale))
    page.save_revision().publish()
    assert [hit.entry.title for hit in hits(client, "visites centres")] == ["Rapport thématique"]


def test_word_in_page_text_is_not_labelled_as_document_match(client, tree):
    doc = make_document("Rapport", content=pdf_bytes("Sante mentale"))
    publication(tree["fr"]["publications"], "Santé mentale en détention", document=doc)
    found = hits(client, "sante")
    assert [hit.in_document_only for hit in found] == [False]


def test_corrupt_pdf_is_logged_and_skipped_and_page_is_published(client, tree, caplog):
    broken = make_document("Cassé", content=b"%PDF-1.4\nthis is not really a pdf\n%%EOF")
    with caplog.at_level(logging.WARNING, logger="search.documents"):
        page = publication(tree["fr"]["publications"], "Avis sur le projet de loi", document=broken)
    assert page.live
    assert "could not be read" in caplog.text
    assert [hit.entry.title for hit in hits(client, "avis projet")] == ["Avis sur le projet de loi"]
    assert DocumentText.objects.get(document=broken).readable is False


def test_replacing_the_pdf_file_reindexes_the_publication(client, tree, django_capture_on_commit_callbacks):
    doc = make_document("Rapport", content=pdf_bytes("Premiere version"))
    publication(tree["fr"]["publications"], "Étude", document=doc)
    from django.core.files.base import ContentFile

    doc.file.save("rapport-v2.pdf", ContentFile(pdf_bytes("Deuxieme edition corrigee")), save=False)
    doc._set_document_file_metadata()
    with django_capture_on_commit_callbacks(execute=True):
        doc.save()
    assert [hit.entry.title for hit in hits(client, "corrigee")] == ["Étude"]
    assert hits(client, "premiere") == []
