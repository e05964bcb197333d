"""Readers for the old site's exports: each yields a LegacyRecord, or a BadRecord saying why not.

A JSON Lines file (one JSON object a line) or a CSV file with a header row, as Drupal's Views
data export or Migrate write them. Column names follow Drupal's where they exist (`nid`,
`langcode`, `tnid`, `type`, `created`, `changed`, `body`, `field_image`…) and plainer names
are accepted too; `FIELD_NAMES` lists them. In CSV, list fields (terms, attachments, aliases)
are separated by `|` or given as a JSON array. File paths are relative to the export's folder.
"""

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

FIELD_NAMES = {
    "legacy_id": ["nid", "id", "node_id", "legacy_id"],
    "language": ["langcode", "language", "lang"],
    "translation_set": ["tnid", "translation_set", "translation_id", "translation_set_id"],
    "kind": ["type", "bundle", "content_type", "kind"],
    "title": ["title"],
    "date": ["date", "field_date", "created"],
    "changed": ["changed", "updated", "modified"],
    "summary": ["summary", "body_summary", "field_summary", "chapo"],
    "body": ["body", "body_value", "content"],
    "section": ["section", "field_section", "rubrique"],
    "terms": ["terms", "tags", "field_tags", "themes", "field_themes"],
    "publication_type": ["publication_type", "field_publication_type"],
    "image": ["image", "field_image", "image_path"],
    "image_alt": ["image_alt", "field_image_alt", "alt"],
    "image_caption": ["image_caption", "field_image_caption", "image_title"],
    "attachments": ["attachments", "field_attachments", "files", "field_files", "pdf", "field_pdf"],
    "aliases": ["aliases", "path", "alias", "url", "urls", "path_alias"],
}
LIST_FIELDS = {"terms", "attachments", "aliases"}


@dataclass
class LegacyRecord:
    """One item of the old site in one language, as the export describes it."""

    line: int | str
    legacy_id: str
    language: str
    title: str
    translation_set: str = ""
    kind: str = ""
    date: str = ""
    changed: str = ""
    summary: str = ""
    body: str = ""
    section: str = ""
    terms: list = field(default_factory=list)
    publication_type: str = ""
    image: str = ""
    image_alt: str = ""
    image_caption: str = ""
    attachments: list = field(default_factory=list)
    aliases: list = field(default_factory=list)
    base_dir: Path | None = None

    @property
    def key(self):
        return (self.legacy_id, self.language)

    @property
    def set_key(self):
        return self.translation_set or self.legacy_id

    def fingerprint(self):
        """What the content hash is made of: every imported field, not where it was read."""
        data = {name: getattr(self, name) for name in FIELD_NAMES}
        return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)


@dataclass
class BadRecord:
    line: int | str
    reason: str
    legacy_id: str = ""
    language: str = ""


def read_source(path):
    """Records from a .jsonl/.ndjson/.json or .csv file, or from a folder of saved HTML pages."""
    path = Path(path)
    if path.is_dir():
        from legacy.html_pages import read_html_folder

        return read_html_folder(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return read_json_lines(path)
    if suffix == ".csv":
        return read_csv(path)
    raise ValueError(f"unknown source format {path.name!r}: expected .jsonl, .csv or a folder of HTML pages")


def read_json_lines(path):
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield BadRecord(number, f"invalid JSON: {error.msg} (column {error.colno})")
                continue
            if not isinstance(row, dict):
                yield BadRecord(number, "a line must hold one JSON object")
                continue
            yield record_from_row(row, number, path.parent)


def read_csv(path):
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None:  # reads the header row
            return
        start = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield BadRecord(start, f"unreadable CSV: {error}")
                start = reader.line_num + 1
                continue
            if None in row:
                yield BadRecord(start, "more values than columns")
            else:
                yield record_from_row(row, start, path.parent)
            start = reader.line_num + 1


def _pick(row, name):
    for candidate in FIELD_NAMES[name]:
        if candidate in row and row[candidate] not in (None, ""):
            return row[candidate]
    return None


def _as_list(value):
    if value in (None, ""):
        return []
    if isinstance(value, list):
        items = value
    elif isinstance(value, str) and value.strip().startswith("["):
        try:
            items = json.loads(value)
        except json.JSONDecodeError:
            items = value.split("|")
    else:
        items = str(value).split("|")
    result = []
    for item in items:
        if isinstance(item, dict):  # Drupal's {"value": …}, {"alias": …} or {"uri": …} shapes
            item = item.get("alias") or item.get("uri") or item.get("value") or item.get("name") or ""
        item = str(item).strip()
        if item:
            result.append(item)
    return result


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, dict):  # {"value": "<p>…</p>", "summary": …, "format": …}
        value = value.get("value", "")
    if isinstance(value, list):
        value = value[0] if value else ""
        return _as_text(value)
    return str(value).strip() if not isinstance(value, str) else value.strip()


def normalise_language(value):
    code = str(value or "").strip().lower().replace("_", "-").split("-")[0]
    served = {language for language, _name in settings.LANGUAGES}
    return code if code in served else None


def record_from_row(row, line, base_dir):
    legacy_id = _as_text(_pick(row, "legacy_id"))
    raw_language = _pick(row, "language")
    language = normalise_language(raw_language)
    if not legacy_id:
        return BadRecord(line, "missing node id (nid)")
    if language is None:
        return BadRecord(line, f"unknown language {raw_language!r}", legacy_id)
    title = " ".join(_as_text(_pick(row, "title")).split())
    if not title:
        return BadRecord(line, "missing title", legacy_id, language)
    body = _pick(row, "body")
    if body is not None and not isinstance(body, str | dict | list):
        return BadRecord(line, "the body is not text", legacy_id, language)
    summary = _pick(row, "summary")
    if summary is None and isinstance(body, dict):
        summary = body.get("summary")
    translation_set = _as_text(_pick(row, "translation_set"))
    if translation_set in ("0", legacy_id):
        translation_set = ""
    return LegacyRecord(
        line=line,
        legacy_id=legacy_id,
        language=language,
        title=title,
        translation_set=translation_set,
        kind=_as_text(_pick(row, "kind")).lower(),
        date=_as_text(_pick(row, "date")),
        changed=_as_text(_pick(row, "changed")),
        summary=_as_text(summary),
        body=_as_text(body),
        section=_as_text(_pick(row, "section")),
        terms=_as_list(_pick(row, "terms")),
        publication_type=_as_text(_pick(row, "publication_type")),
        image=_as_text(_pick(row, "image")),
        image_alt=_as_text(_pick(row, "image_alt")),
        image_caption=_as_text(_pick(row, "image_caption")),
        attachments=_as_list(_pick(row, "attachments")),
        aliases=_as_list(_pick(row, "aliases")),
        base_dir=Path(base_dir),
    )
