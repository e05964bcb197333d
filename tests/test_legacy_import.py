"""Importing the old site from an export: pages, translations, media, redirects, re-runs, bad records."""

import json
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision

from editorial.status import LIVE_CURRENT, translation_statuses
from legacy.media import file_hash
from legacy.models import LegacyItem

DATA = Path(__file__).parent / "data" / "legacy"
ARTICLE_URL = "/fr/actualites/visite-centre-penitentiaire-ville-nord/"


def run_import(source, tmp_path, *args):
    """Runs the command as an operator would; returns (report, failure message or None)."""
    report = tmp_path / "report.json"
    try:
        call_command("import_legacy", str(source), "--report", str(report), "--no-progress", *args)
        error = None
    except CommandError as exc:
        error = str(exc)
    return json.loads(report.read_text(encoding="utf-8")), error


def edit_export(path, legacy_id, language, **changes):
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if str(row.get("nid")) == str(legacy_id) and row.get("langcode") == language:
            row.update(changes)
            lines[number] = json.dumps(row, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def export(tmp_path):
    """A copy of the sample export that a test may change."""
    folder = tmp_path / "export"
    shutil.copytree(DATA, folder)
    return folder


@pytest.fixture
def imported(site_tree, export, tmp_path):
    report, _error = run_import(export / "export.jsonl", tmp_path)
    return report


def page_of(legacy_id, language):
    return LegacyItem.objects.get(legacy_id=str(legacy_id), language=language).page.specific


def by_line(report):
    return {item["line"]: item for item in report["items"]}


@pytest.mark.django_db
def test_pairs_become_french_pages_with_current_arabic_translations(imported, client):
    french, arabic = page_of(27810, "fr"), page_of(27811, "ar")
    assert arabic.translation_key == french.translation_key
    assert arabic.locale.language_code == "ar" and arabic.live
    assert arabic.title == "زيارة المجلس للمؤسسة السجنية بالمدينة الشمالية"
    statuses = {status.page_id: status for status in translation_statuses()}
    for legacy_id in (27810, 30100):
        status = statuses[page_of(legacy_id, "fr").pk]
        assert status.state == LIVE_CURRENT
        assert status.percent_translated == 100

    page = client.get(arabic.url)
    assert page.status_code == 200
    text = page.content.decode()
    assert "جميع أجنحة" in text and "اكتظاظ في جناحين" in text
    assert "tous les quartiers" not in text


@pytest.mark.django_db
def test_dates_and_kinds_come_from_the_export(imported):
    article = page_of(27810, "fr")
    assert str(article.date) == "2017-05-10" and article.kind == "actualite"
    assert str(article.first_published_at.date()) == "2017-05-10"
    assert str(page_of(27811, "ar").date) == "2017-05-10"
    assert str(page_of(30100, "fr").date) == "2017-03-28"
    assert str(page_of(30101, "ar").date) == "2017-03-28"  # "٢٨ آذار ٢٠١٧"
    press = page_of(31000, "fr")
    assert press.kind == "communique" and str(press.date) == "2017-05-10"  # a Unix timestamp
    assert str(page_of(32000, "ar").date) == "2019-07-03"  # "الأربعاء 3 يوليوز 2019"


@pytest.mark.django_db
def test_arabic_item_alone_becomes_an_arabic_page_with_a_latin_slug(imported, client):
    page = page_of(32000, "ar")
    assert page.locale.language_code == "ar"
    assert page.slug == "al-mjls-ytlq-hmla-lil-thsis-bhqouq-al-tfl"
    assert not Page.objects.filter(translation_key=page.translation_key, locale__language_code="fr").exists()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "حملة وطنية للتحسيس" in response.content.decode()


@pytest.mark.django_db
def test_bodies_become_our_blocks_and_nothing_executable_survives(imported, client):
    article = page_of(27810, "fr")
    assert [block.block_type for block in article.body] == ["paragraph", "heading", "paragraph", "image", "paragraph"]
    press = page_of(31000, "fr")
    types = [block.block_type for block in press.body]
    assert types == ["paragraph", "table", "video"]
    stored = json.dumps(list(press.body.raw_data), ensure_ascii=False)
    for forbidden in ("<script", "onclick", "onmouseover", "javascript:", "MsoNormal", "mso-", "<o:p", "style="):
        assert forbidden not in stored
    table = press.body[1].value
    assert table["data"][0] == ["Article 1 Droit d’accès", "Publié"]

    html = client.get(press.url).content.decode()
    assert "document.write" not in html and "alert(" not in html
    assert 'href="https://example.org/loi"' in html


@pytest.mark.django_db
def test_images_and_documents_are_stored_once_in_their_collections_with_alt_text(imported):
    Image, Document = get_image_model(), get_document_model()
    # visite-prison.png is the main image of both languages; atelier.png is in both bodies.
    assert Image.objects.count() == 3
    assert Document.objects.count() == 4
    legacy = Collection.objects.get(name="Ancien site")
    assert set(Image.objects.values_list("collection__name", flat=True)) == {"Images"}
    assert set(Document.objects.values_list("collection__name", flat=True)) == {"Documents"}
    assert all(c.get_parent() == legacy for c in Collection.objects.filter(name__in=["Images", "Documents"]))

    article, translation = page_of(27810, "fr"), page_of(27811, "ar")
    assert article.main_image.description == "Entrée du centre pénitentiaire"
    assert translation.main_image_id == article.main_image_id
    image_block = article.body[3].value
    assert image_block["alt_text"] == "Les membres de la délégation en réunion"
    assert translation.body[3].value["alt_text"] == "أعضاء الوفد خلال اجتماع"
    assert 'linktype="document"' in article.body[4].value.source

    report, arabic_report = page_of(30100, "fr"), page_of(30101, "ar")
    documents = DATA / "files" / "documents"
    assert report.document.file_hash == file_hash(documents / "rapport-annuel-2016.pdf")
    assert arabic_report.document.file_hash == file_hash(documents / "rapport-annuel-2016-ar.pdf")
    assert [annex.document_id for annex in report.annexes.all()] == [
        annex.document_id for annex in arabic_report.annexes.all()
    ]


@pytest.mark.django_db
def test_every_legacy_url_answers_301_in_both_languages(imported, client):
    french, arabic = page_of(27810, "fr"), page_of(27811, "ar")
    expectations = {
        "/fr/node/27810": french.url,
        "/node/27810": french.url,
        "/fr/actualites/visite-centre-penitentiaire-ville-nord": french.url,
        "/ar/node/27811": arabic.url,
        "/ar/الأخبار/زيارة-المجلس-للمؤسسة-السجنية": arabic.url,
        "/ar/node/30101/التقرير-السنوي-2016": page_of(30101, "ar").url,
        "/fr/le-conseil/mandat/": page_of(40000, "fr").url,
        "/ar/node/32000": page_of(32000, "ar").url,
    }
    for old, new in expectations.items():
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == new, old
    assert client.get(french.url).status_code == 200
    assert Redirect.objects.filter(is_permanent=False).count() == 0


@pytest.mark.django_db
def test_bad_records_are_reported_with_line_and_reason_and_the_batch_goes_on(site_tree, export, tmp_path, capsys):
    report, error = run_import(export / "export.jsonl", tmp_path)
    assert error == f"5 item(s) failed; see {tmp_path / 'report.json'}."
    assert report["summary"]["created"] == 7 and report["summary"]["failed"] == 5
    items = by_line(report)
    assert items[8]["reason"] == "missing title"
    assert items[9]["reason"].startswith("broken HTML")
    assert items[10]["reason"].startswith("invalid JSON")
    assert items[11]["reason"] == "missing file: files/images/absente.jpg"
    assert items[12]["reason"] == "unreadable date 'mai 2017'"
    assert not LegacyItem.objects.filter(legacy_id__in=["50001", "50002", "50003", "50004"]).exists()
    err = capsys.readouterr().err
    assert "line 12 (node 50004/fr): unreadable date 'mai 2017'" in err


@pytest.mark.django_db
def test_running_again_changes_nothing(imported, export, tmp_path):
    counts = (Page.objects.count(), Redirect.objects.count(), Revision.objects.count(), LegacyItem.objects.count())
    report, _error = run_import(export / "export.jsonl", tmp_path)
    assert report["summary"]["created"] == 0 and report["summary"]["updated"] == 0
    assert report["summary"]["unchanged"] == 7
    assert (Page.objects.count(), Redirect.objects.count(), Revision.objects.count(), LegacyItem.objects.count()) == (
        counts
    )


@pytest.mark.django_db
def test_a_changed_item_updates_its_page_and_its_translation_stays_current(imported, export, tmp_path):
    french = page_of(27810, "fr")
    pages = Page.objects.count()
    edit_export(export / "export.jsonl", 27810, "fr", title="Visite du Conseil au centre de Ville-Nord")
    report, _error = run_import(export / "export.jsonl", tmp_path)
    items = by_line(report)
    assert items[1]["action"] == "updated" and items[2]["action"] == "updated"
    assert report["summary"]["unchanged"] == 5
    assert Page.objects.count() == pages
    updated = page_of(27810, "fr")
    assert updated.pk == french.pk and updated.title == "Visite du Conseil au centre de Ville-Nord"
    assert updated.slug == french.slug
    status = next(s for s in translation_statuses() if s.page_id == french.pk)
    assert status.state == LIVE_CURRENT


@pytest.mark.django_db
def test_dry_run_writes_nothing_and_says_what_would_change(site_tree, export, tmp_path, capsys):
    pages = Page.objects.count()
    report, _error = run_import(export / "export.jsonl", tmp_path, "--dry-run")
    assert report["dry_run"] is True
    assert report["summary"]["created"] == 7 and report["summary"]["failed"] == 5
    assert Page.objects.count() == pages
    assert not LegacyItem.objects.exists() and not Redirect.objects.exists()
    assert not get_image_model().objects.exists()
    assert "Dry run, nothing written" in capsys.readouterr().out

    run_import(export / "export.jsonl", tmp_path)
    edit_export(export / "export.jsonl", 32000, "ar", title="المجلس يطلق حملة وطنية للتحسيس بحقوق الطفل")
    report, _error = run_import(export / "export.jsonl", tmp_path, "--dry-run")
    assert {item["legacy_id"] for item in report["items"] if item["action"] == "updated"} == {"32000"}
    assert page_of(32000, "ar").title == "المجلس يطلق حملة للتحسيس بحقوق الطفل"


@pytest.mark.django_db
def test_limit_and_since_choose_what_is_imported(site_tree, export, tmp_path):
    report, _error = run_import(export / "export.jsonl", tmp_path, "--limit", "2")
    assert report["summary"]["created"] == 4  # two translation sets of two items
    assert set(LegacyItem.objects.values_list("legacy_id", flat=True)) == {"27810", "27811", "30100", "30101"}

    report, _error = run_import(export / "export.jsonl", tmp_path, "--since", "1 janvier 2019")
    created = {item["legacy_id"] for item in report["items"] if item["action"] == "created"}
    # 32000 is dated 2019; the institutional page 40000 has no date, so it cannot be left out.
    assert created == {"32000", "40000"}


@pytest.mark.django_db
def test_csv_export_imports_like_json_lines(site_tree, export, tmp_path):
    report, error = run_import(export / "export.csv", tmp_path)
    assert report["summary"]["created"] == 2
    assert by_line(report)[8]["reason"] == "missing title"
    french, arabic = page_of(28500, "fr"), page_of(28501, "ar")
    assert str(french.date) == "2017-10-04" and str(arabic.date) == "2017-10-04"
    assert french.summary.startswith("Le forum a réuni des associations")
    assert {tag.name for tag in french.tags.all()} == {"associations", "égalité"}
    status = next(s for s in translation_statuses() if s.page_id == french.pk)
    assert status.state == LIVE_CURRENT
    assert LegacyItem.objects.get(legacy_id="28500").legacy_paths == [
        "/fr/node/28500",
        "/node/28500",
        "/fr/actualites/forum-regional-egalite",
        "/fr/forum-egalite",
    ]


@pytest.mark.django_db
def test_unreadable_source_and_options_get_a_clear_message(site_tree, tmp_path):
    with pytest.raises(CommandError, match="No such file or folder"):
        call_command("import_legacy", str(tmp_path / "absent.jsonl"))
    (tmp_path / "export.xml").write_text("<nodes/>")
    with pytest.raises(CommandError, match="unknown source format"):
        call_command("import_legacy", str(tmp_path / "export.xml"))
    with pytest.raises(CommandError, match="--since: unreadable date"):
        call_command("import_legacy", str(DATA / "export.jsonl"), "--since", "hier")


@pytest.mark.django_db
def test_an_arabic_text_shaped_differently_is_kept_as_written_and_reported(site_tree, export, tmp_path, client):
    body = "<p>فقرة أولى.</p><p>فقرة ثانية لا مقابل لها في النص الفرنسي.</p>"
    edit_export(export / "export.jsonl", 27811, "ar", body=body)
    report, _error = run_import(export / "export.jsonl", tmp_path)
    arabic_item = by_line(report)[2]
    assert arabic_item["action"] == "created"
    assert any("does not follow the French structure" in warning for warning in arabic_item["warnings"])
    html = client.get(page_of(27811, "ar").url).content.decode()
    assert "فقرة ثانية لا مقابل لها" in html and "tous les quartiers" not in html
    status = next(s for s in translation_statuses() if s.page_id == page_of(27810, "fr").pk)
    assert status.state == LIVE_CURRENT and status.percent_translated < 100


@pytest.mark.django_db
def test_a_failing_translation_leaves_its_french_page_and_a_failing_french_item_holds_back_its_translation(
    site_tree, export, tmp_path
):
    edit_export(export / "export.jsonl", 27811, "ar", created="أيار")
    edit_export(export / "export.jsonl", 30100, "fr", field_attachments=["files/documents/absent.pdf"])
    report, _error = run_import(export / "export.jsonl", tmp_path)
    items = by_line(report)
    assert items[1]["action"] == "created" and items[2]["action"] == "failed"
    assert items[2]["reason"] == "unreadable date 'أيار'"
    assert not Page.objects.filter(translation_key=page_of(27810, "fr").translation_key, locale__language_code="ar")
    assert items[3]["reason"] == "missing file: files/documents/absent.pdf"
    assert items[4]["reason"].startswith("not imported: line 3 of its translation set failed")
    assert not LegacyItem.objects.filter(legacy_id__in=["30100", "30101"]).exists()


@pytest.mark.django_db
def test_media_stored_by_a_rolled_back_item_are_stored_again_for_the_next(site_tree, export, tmp_path, monkeypatch):
    from legacy.importer import LegacyImporter

    rows = [
        {"nid": n, "langcode": "fr", "type": "article", "title": f"Article {n}", "created": "2 mai 2017",
         "body": "<p>Texte.</p>", "field_image": "files/images/atelier.png", "field_image_alt": "Atelier"}
        for n in (1, 2)
    ]  # fmt: skip
    source = export / "two.jsonl"
    source.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    original, calls = LegacyImporter._redirect, []

    def fail_first(self, prepared, page):
        calls.append(page.pk)
        if len(calls) == 1:
            raise RuntimeError("database went away")
        return original(self, prepared, page)

    monkeypatch.setattr(LegacyImporter, "_redirect", fail_first)
    report, _error = run_import(source, tmp_path)
    assert [item["action"] for item in report["items"]] == ["failed", "created"]
    assert report["items"][0]["reason"] == "RuntimeError: database went away"
    assert page_of(2, "fr").main_image.description == "Atelier"
    assert get_image_model().objects.count() == 1
