"""Importing a folder of the old site's saved HTML pages: main content, breadcrumb section, language."""

from pathlib import Path

import pytest

from editorial.status import LIVE_CURRENT, translation_statuses
from legacy.sources import BadRecord, read_source
from tests.test_legacy_import import page_of, run_import

SITE = Path(__file__).parent / "data" / "legacy" / "site"


def test_pages_are_read_for_their_content_section_language_and_translation():
    records = {str(record.line): record for record in read_source(SITE)}
    french = records["fr/actualites/journee-droits-enfant.html"]
    assert (french.legacy_id, french.language, french.section, french.kind) == ("41000", "fr", "Actualités", "article")
    assert french.date == "20 novembre 2018"
    assert french.terms == ["Droits de l’enfant"]
    # The page's frame (menu, breadcrumb, sidebar, footer, scripts) is not the body.
    assert french.body.startswith("<p>Des élèves") and "Autre actualité" not in french.body
    assert "mentions légales" not in french.body and "Vous êtes ici" not in french.body

    arabic = records["ar/الأخبار/يوم-حقوق-الطفل.html"]
    assert (arabic.language, arabic.section, arabic.translation_set) == ("ar", "الأخبار", "41000")
    assert arabic.aliases == ["/ar/الأخبار/يوم-حقوق-الطفل"]

    report = records["fr/publications/rapport-prisons.html"]
    # No lang attribute: the language comes from the path; no type: the breadcrumb says Publications.
    assert (report.language, report.section, report.legacy_id) == ("fr", "Publications", "42000")
    assert report.image == "/fr/publications/rapport-prisons_files/couverture.png"

    untitled = records["fr/divers/sans-titre.html"]
    assert isinstance(untitled, BadRecord) and untitled.reason == "missing title"


@pytest.mark.django_db
def test_a_folder_of_pages_is_imported_with_translations_media_and_redirects(site_tree, tmp_path, client):
    report, error = run_import(SITE, tmp_path)
    assert report["summary"]["created"] == 3 and report["summary"]["failed"] == 1
    failed = next(item for item in report["items"] if item["action"] == "failed")
    assert (failed["line"], failed["reason"]) == ("fr/divers/sans-titre.html", "missing title")
    assert error.startswith("1 item(s) failed")

    french, arabic = page_of(41000, "fr"), page_of(41001, "ar")
    assert arabic.translation_key == french.translation_key
    assert str(french.date) == "2018-11-20" and str(arabic.date) == "2018-11-20"
    status = next(s for s in translation_statuses() if s.page_id == french.pk)
    assert (status.state, status.percent_translated) == (LIVE_CURRENT, 100)
    assert "ساحات استراحة أكثر أمانا" in client.get(arabic.url).content.decode()

    publication = page_of(42000, "fr")
    assert type(publication).__name__ == "PublicationPage"
    assert str(publication.date) == "2018-06-12"
    assert publication.cover_image.description == "Couverture du rapport sur les prisons"
    assert 'linktype="document"' in publication.body[0].value.source

    for old, page in (
        ("/fr/actualites/journee-droits-enfant", french),
        ("/ar/الأخبار/يوم-حقوق-الطفل", arabic),
        ("/ar/node/41001", arabic),
        ("/fr/publications/rapport-prisons", publication),
    ):
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, page.url), old
