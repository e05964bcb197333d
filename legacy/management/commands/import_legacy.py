import json
import sys
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from legacy.dates import UnreadableDate, parse_legacy_date
from legacy.importer import LegacyImporter
from legacy.sources import read_source

ACTIONS = ("created", "updated", "unchanged", "failed", "filtered")


class Command(BaseCommand):
    help = (
        "Imports the old site from a JSON Lines or CSV export, or from a folder of saved HTML pages: "
        "pages, Arabic translations, images and documents, and a permanent redirect from every old URL. "
        "Safe to run again: unchanged items are skipped, changed ones updated. Exits with status 1 when "
        "an item failed (the others are imported all the same)."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="A .jsonl or .csv export, or a folder of saved HTML pages.")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")
        parser.add_argument(
            "--limit", type=int, help="Import only the first N items (an item with its translations counts once)."
        )
        parser.add_argument("--since", help="Only items changed on or after this date (e.g. 2024-01-31).")
        parser.add_argument(
            "--report", help="Where to write the JSON report (default: import-legacy-report.json here)."
        )
        parser.add_argument("--collection", default="Ancien site", help="Collection for imported images and documents.")
        parser.add_argument(
            "--legacy-host",
            action="append",
            default=[],
            help="Host name of the old site: absolute links to it are looked for in the export (repeatable).",
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        source = Path(options["source"])
        if not source.exists():
            raise CommandError(f"No such file or folder: {source}")
        since = None
        if options["since"]:
            try:
                since = parse_legacy_date(options["since"])
            except UnreadableDate as error:
                raise CommandError(f"--since: {error}") from error
        if options["limit"] is not None and options["limit"] < 1:
            raise CommandError("--limit must be at least 1.")
        try:
            records = list(read_source(source))
        except (ValueError, OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {source}: {error}") from error

        progress = None
        if not options["no_progress"] and options["verbosity"] > 0:
            progress = lambda total: tqdm(total=total, unit="item", file=sys.stderr, disable=None)  # noqa: E731
        started = timezone.now()
        importer = LegacyImporter(
            dry_run=options["dry_run"],
            limit=options["limit"],
            since=since,
            collection=options["collection"],
            local_hosts=options["legacy_host"],
            progress=progress,
        )
        outcomes = importer.run(records)
        counts = Counter(outcome.action for outcome in outcomes)
        summary = {action: counts.get(action, 0) for action in ACTIONS}
        summary["warnings"] = sum(len(outcome.warnings) for outcome in outcomes)
        summary["images_created"] = importer.media.created["images"]
        summary["documents_created"] = importer.media.created["documents"]

        report_path = Path(options["report"] or "import-legacy-report.json")
        report = {
            "source": str(source),
            "dry_run": options["dry_run"],
            "started_at": started.isoformat(),
            "finished_at": timezone.now().isoformat(),
            "summary": summary,
            "items": [outcome.as_json() for outcome in outcomes],
        }
        report_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")

        for outcome in outcomes:
            if outcome.action == "failed":
                where = f"line {outcome.line}" if isinstance(outcome.line, int) else str(outcome.line)
                node = f" (node {outcome.legacy_id}/{outcome.language})" if outcome.legacy_id else ""
                self.stderr.write(f"{where}{node}: {outcome.reason}")
        prefix = "Dry run, nothing written. Would have: " if options["dry_run"] else ""
        if options["verbosity"] > 0:
            self.stdout.write(
                prefix
                + ", ".join(f"{action} {summary[action]}" for action in ACTIONS)
                + f"; warnings {summary['warnings']}. Report: {report_path}"
            )
        if summary["failed"]:
            raise CommandError(f"{summary['failed']} item(s) failed; see {report_path}.")
