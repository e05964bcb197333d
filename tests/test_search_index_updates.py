"""The index follows what editors do: publish, unpublish, delete, move, private sections, drafts."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search.models import SearchEntry
from tests.factories import article, bilingual_indexes, make_document, pdf_bytes, publication, standard_page


@pytest.fixture
def tree(site_tree):
    return bilingual_indexes(site_tree)


def titles(client, q, language="fr"):
    return [hit.entry.title for hit in client.get(f"/{language}/recherche/", {"q": q}).context["results"].hits]


def test_draft_is_never_found(client, tree):
    article(tree["fr"]["news"], "Projet confidentiel de rapport", publish=False)
    assert titles(client, "confidentiel") == []


def test_draft_changes_to_a_live_page_are_not_found_until_published(client, tree):
    page = article(tree["fr"]["news"], "Version publiée")
    page.title = "Version brouillon"
    page.save_revision()
    assert titles(client, "brouillon") == []
    assert titles(client, "publiee") == ["Version publiée"]
    page.get_latest_revision().publish()
    assert titles(client, "brouillon") == ["Version brouillon"]


def test_unpublished_page_disappears(client, tree):
    page = article(tree["fr"]["news"], "Communiqué retiré")
    assert titles(client, "retire") == ["Communiqué retiré"]
    page.unpublish()
    assert titles(client, "retire") == []
    assert not SearchEntry.objects.filter(page=page).exists()


def test_deleted_page_disappears(client, tree):
    page = article(tree["fr"]["news"], "Article supprimé")
    page.delete()
    assert titles(client, "supprime") == []
    assert not SearchEntry.objects.filter(title="Article supprimé").exists()


def test_page_in_private_section_is_never_found(client, tree, site_tree):
    private = standard_page(site_tree["fr"], "Espace des membres", slug="membres")
    standard_page(private, "Compte rendu interne", slug="interne")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert titles(client, "interne") == []
    assert titles(client, "membres") == []


def test_translation_publish_indexes_arabic_page(client, tree, locales):
    source = article(tree["fr"]["news"], "Rencontre avec la jeunesse")
    from tests.factories import translate_page

    translate_page(source, locales["ar"], title="لقاء مع الشباب")
    assert titles(client, "الشباب", "ar") == ["لقاء مع الشباب"]
    assert titles(client, "jeunesse") == ["Rencontre avec la jeunesse"]


def test_moved_page_is_found_at_its_new_address(client, tree, site_tree):
    section = standard_page(site_tree["fr"], "Ressources", slug="ressources")
    page = standard_page(section, "Guide du plaignant", slug="guide")
    other = standard_page(site_tree["fr"], "Saisir le Conseil", slug="saisir")
    page.move(other, pos="last-child")
    response = client.get("/fr/recherche/", {"q": "plaignant"})
    assert [hit.url for hit in response.context["results"].hits] == ["/fr/saisir/guide/"]


def test_page_moved_into_private_section_is_no_longer_found(client, tree, site_tree):
    private = standard_page(site_tree["fr"], "Intranet", slug="intranet")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    page = standard_page(site_tree["fr"], "Procédure de plainte", slug="procedure")
    page.move(private, pos="last-child")
    assert titles(client, "procedure") == []


def test_update_index_rebuilds_a_lost_index(client, tree):
    article(tree["fr"]["news"], "Rapport thématique sur la santé")
    SearchEntry.objects.all().delete()
    call_command("update_index", verbosity=0)
    assert titles(client, "sante") == ["Rapport thématique sur la santé"]


def test_rebuild_search_index_drops_entries_of_pages_no_longer_live(client, tree):
    page = article(tree["fr"]["news"], "Ancien communiqué")
    type(page).objects.filter(pk=page.pk).update(live=False)
    call_command("rebuild_search_index", verbosity=0)
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()


def test_rebuild_analyses_pdf_text_again_when_the_analysis_has_changed(client, site_tree):
    from search.models import DocumentText
    from search.text import analysis_version

    tree = bilingual_indexes(site_tree)
    doc = make_document("Rapport", content=pdf_bytes("Visites des prisons"))
    publication(tree["fr"]["publications"], "Rapport annuel", document=doc)
    # Text cached by an earlier analysis, in a form the current one would never produce.
    DocumentText.objects.filter(document=doc).update(norm_text="visites prisons", analysis="earlier")
    call_command("rebuild_search_index", verbosity=0)
    cached = DocumentText.objects.get(document=doc)
    assert cached.analysis == analysis_version()
    assert cached.norm_text == "visit prison"
    assert [hit.entry.title for hit in client.get("/fr/recherche/", {"q": "prison"}).context["results"].hits] == [
        "Rapport annuel"
    ]
