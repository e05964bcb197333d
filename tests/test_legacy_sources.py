"""Reading the old site's exports: JSON Lines and CSV, with Drupal's field names and line numbers."""

from pathlib import Path

from legacy.sources import BadRecord, LegacyRecord, read_source

DATA = Path(__file__).parent / "data" / "legacy"


def test_json_lines_records_carry_their_line_and_drupal_fields():
    records = list(read_source(DATA / "export.jsonl"))
    assert [r.line for r in records] == list(range(1, 13))
    first = records[0]
    assert isinstance(first, LegacyRecord)
    assert (first.legacy_id, first.language, first.set_key, first.kind) == ("27810", "fr", "27810", "article")
    assert first.terms == ["Privation de liberté", "prisons"]
    assert first.aliases == ["actualites/visite-centre-penitentiaire-ville-nord"]
    assert first.image == "files/images/visite-prison.png"
    translation = records[1]
    assert (translation.language, translation.set_key) == ("ar", "27810")
    bad = {r.line: r.reason for r in records if isinstance(r, BadRecord)}
    assert bad[8] == "missing title"
    assert bad[10].startswith("invalid JSON")


def test_csv_records_start_at_their_first_line_and_split_lists(tmp_path):
    records = list(read_source(DATA / "export.csv"))
    assert [r.line for r in records] == [2, 5, 8]
    assert records[0].terms == ["égalité", "associations"]
    assert records[0].aliases == ["actualites/forum-regional-egalite", "/fr/forum-egalite"]
    assert "<h3>Ateliers</h3>" in records[0].body
    assert isinstance(records[2], BadRecord) and records[2].reason == "missing title"


def test_unknown_language_and_shapes_are_reported(tmp_path):
    export = tmp_path / "export.jsonl"
    export.write_text(
        '{"nid": 1, "langcode": "de", "title": "Deutsch"}\n'
        "[1, 2]\n"
        "\n"
        '{"nid": 2, "langcode": "fr-FR", "title": "Corps", "body": {"value": "<p>x</p>", "summary": "Résumé"}}\n'
        '{"langcode": "fr", "title": "Sans identifiant"}\n',
        encoding="utf-8",
    )
    records = list(read_source(export))
    assert [(r.line, r.reason) for r in records if isinstance(r, BadRecord)] == [
        (1, "unknown language 'de'"),
        (2, "a line must hold one JSON object"),
        (5, "missing node id (nid)"),
    ]
    body = records[2]
    assert (body.language, body.body, body.summary) == ("fr", "<p>x</p>", "Résumé")


def test_csv_row_with_too_many_values_is_reported(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("nid,langcode,title\n1,fr,Un\n2,fr,Deux,en trop\n", encoding="utf-8")
    records = list(read_source(export))
    assert isinstance(records[0], LegacyRecord)
    assert (records[1].line, records[1].reason) == (3, "more values than columns")
