#!/usr/bin/env python
"""Keeps locale/ complete: every UI string extracted, and translated in every served language.

    scripts/check_catalogues.py           check; fail when makemessages changes locale/, a msgstr is empty,
                                          an entry is fuzzy, or a French msgstr rewords its French msgid
    scripts/check_catalogues.py --update  run makemessages and copy French msgids into the French catalogue

French is the source language: its catalogue repeats each msgid. A French msgstr that differs from
its msgid is either a guess by msgmerge's fuzzy matching (how "Appel à l'action" once became "Retour
à l'accueil") or a deliberate rewording; only the second is allowed, and only for third-party msgids
listed in core/library_strings.py. --update never keeps msgmerge's guesses: a fuzzy French entry gets
its msgid back, a fuzzy entry in another language is emptied for a translator to fill.
Extraction needs GNU gettext (xgettext); without it the completeness check still runs and says so.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
LANGUAGES = ["fr", "ar"]
SOURCE_LANGUAGE = "fr"
IGNORED = [".venv", "node_modules", "test-artifacts", "staticfiles", "media", "bench/*"]
# Third-party msgids whose French we reword: their entries may differ from their (English) msgid.
LIBRARY_STRINGS_FILE = "core/library_strings.py"


def catalogue_paths():
    return [LOCALE / code / "LC_MESSAGES" / "django.po" for code in LANGUAGES]


def entries(path):
    """What a catalogue says, ignoring layout and source locations, which makemessages rewrites."""
    if not path.exists():
        return None
    return {
        (e.msgctxt, e.msgid, e.msgid_plural): (e.msgstr, tuple(sorted(e.msgstr_plural.items())), "fuzzy" in e.flags)
        for e in polib.pofile(str(path))
        if not e.obsolete
    }


def snapshot():
    return {p: entries(p) for p in catalogue_paths()}


def run_makemessages():
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--add-location=file"]
    for code in LANGUAGES:
        command += ["-l", code]
    for pattern in IGNORED:
        command += ["-i", pattern]
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="site_project.settings.test")
    subprocess.run(command, cwd=ROOT, check=True, env=env, stdout=subprocess.DEVNULL)


def set_headers():
    for code, path in zip(LANGUAGES, catalogue_paths(), strict=True):
        catalogue = polib.pofile(str(path))
        catalogue.metadata["Language"] = code
        catalogue.metadata["Project-Id-Version"] = "site"
        catalogue.metadata.pop("POT-Creation-Date", None)
        catalogue.save()


def drop_fuzzy_guesses():
    """Replace msgmerge's guesses: French gets its msgid back, other languages an empty msgstr to fill."""
    for path in catalogue_paths():
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            if "fuzzy" not in entry.flags and not entry.previous_msgid:
                continue
            if entry.msgid_plural:
                entry.msgstr_plural = {key: "" for key in entry.msgstr_plural} or {0: "", 1: ""}
            else:
                entry.msgstr = ""
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        catalogue.save()


def fill_source_language():
    path = LOCALE / SOURCE_LANGUAGE / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        if entry.msgid_plural:
            if not all(entry.msgstr_plural.values()):
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
    catalogue.save()


def is_library_string(entry):
    return bool(entry.occurrences) and all(file == LIBRARY_STRINGS_FILE for file, _line in entry.occurrences)


def entry_problem(entry, language):
    """Why an entry cannot ship, or None."""
    if "fuzzy" in entry.flags:
        return "fuzzy"
    if entry.previous_msgid or entry.previous_msgid_plural:
        return "previous msgid left by a fuzzy match (#|)"
    empty = not all(entry.msgstr_plural.values()) if entry.msgid_plural else not entry.msgstr
    if empty:
        return "untranslated"
    if language == SOURCE_LANGUAGE and not is_library_string(entry):
        expected = {0: entry.msgid, 1: entry.msgid_plural} if entry.msgid_plural else entry.msgid
        actual = {int(k): v for k, v in entry.msgstr_plural.items()} if entry.msgid_plural else entry.msgstr
        if actual != expected:
            return f"French msgstr {actual!r} rewords its French msgid"
    return None


def catalogue_problems(path, language):
    catalogue = polib.pofile(str(path))
    problems = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        problem = entry_problem(entry, language)
        if problem:
            problems.append(f"{problem}: {entry.msgid!r}")
    return problems


def incomplete_entries():
    problems = []
    for code, path in zip(LANGUAGES, catalogue_paths(), strict=True):
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)}: missing")
            continue
        problems += [f"{path.relative_to(ROOT)}: {problem}" for problem in catalogue_problems(path, code)]
    return problems


def main():
    update = "--update" in sys.argv
    has_gettext = shutil.which("xgettext") is not None
    if has_gettext:
        before = snapshot()
        originals = {p: p.read_bytes() for p in catalogue_paths() if p.exists()}
        run_makemessages()
        if update:
            drop_fuzzy_guesses()
            fill_source_language()
            set_headers()
        changed = [p for p, text in snapshot().items() if text != before[p]]
        if not update:
            for path, content in originals.items():
                path.write_bytes(content)
        if changed and not update:
            print("UI strings changed without their catalogues; run `make messages`, translate, commit:")
            for path in changed:
                print(f"  {path.relative_to(ROOT)}")
            return 1
    else:
        print("xgettext not found: skipped extraction; checking completeness only (install gettext).")
    problems = incomplete_entries()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} catalogue entries need a translation or a fix.")
        return 1
    print("Catalogues complete: " + ", ".join(LANGUAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
