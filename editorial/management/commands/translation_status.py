import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from editorial.status import LIVE_OUTDATED, STATES, count_by_state, target_locale, translation_statuses


class Command(BaseCommand):
    help = (
        "Lists every original page (French or Arabic) with the state of its translation into the other "
        "language. Exits with status 1 when a live translation is outdated (its source page was republished "
        "since), in either direction, unless --allow-outdated."
    )

    def add_arguments(self, parser):
        languages = [code for code, _name in settings.LANGUAGES]
        parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
        parser.add_argument("--state", choices=STATES, help="Only pages in this state.")
        parser.add_argument("--type", dest="page_type", help="Only pages of this model, e.g. articlepage.")
        parser.add_argument("--source", choices=languages, help="Only pages written in this language.")
        parser.add_argument("--language", default=None, help="Only translations into this language (default: all).")
        parser.add_argument("--allow-outdated", action="store_true", help="Exit 0 even when a live page is outdated.")

    def handle(self, *args, **options):
        locale = None
        if options["language"]:
            locale = target_locale(options["language"])
            if locale is None:
                raise CommandError(f"Unknown language: {options['language']}")
        statuses = translation_statuses(
            locale=locale, page_type=options["page_type"], source_language=options["source"]
        )
        counts = count_by_state(statuses)
        shown = [s for s in statuses if not options["state"] or s.state == options["state"]]

        if options["json"]:
            self.stdout.write(json.dumps({"counts": counts, "pages": [s.as_json() for s in shown]}, indent=2))
        else:
            self.stdout.write("  ".join(f"{state}: {count}" for state, count in counts.items()))
            for s in shown:
                percent = (
                    f" {s.percent_translated}%" if s.state == "in_progress" and s.percent_translated is not None else ""
                )
                dates = ""
                if s.state == LIVE_OUTDATED:
                    dates = (
                        f" ({s.source_language} {s.source_published_at:%Y-%m-%d %H:%M},"
                        f" {s.target_language} {s.translation_published_at:%Y-%m-%d %H:%M})"
                    )
                direction = f"{s.source_language}>{s.target_language}"
                self.stdout.write(
                    f"{s.page_id:>6}  {direction:<6} {s.state:<16}{percent}  {s.page_type:<20} {s.title}{dates}"
                )

        if counts[LIVE_OUTDATED] and not options["allow_outdated"]:
            self.stderr.write(f"{counts[LIVE_OUTDATED]} live translation(s) outdated.")
            raise SystemExit(1)
