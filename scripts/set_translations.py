#!/usr/bin/env python
"""Fills empty msgstr of one catalogue from `msgid<TAB>msgstr` lines on standard input.

printf 'Réduire\tتصغير\n' | scripts/set_translations.py ar
"""

import sys
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def main(language):
    translations = {}
    for line in sys.stdin.read().splitlines():
        if "\t" in line:
            msgid, msgstr = line.split("\t", 1)
            translations[msgid] = msgstr
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    filled = 0
    for entry in catalogue:
        unfinished = not entry.msgstr or "fuzzy" in entry.flags
        if entry.msgid in translations and unfinished and not entry.msgid_plural:
            entry.msgstr = translations[entry.msgid]
            filled += 1
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    catalogue.save()
    missing = [e.msgid for e in catalogue if not e.msgid_plural and not e.msgstr and not e.obsolete]
    print(f"filled {filled}; still empty: {len(missing)}")
    for msgid in missing:
        print(f"  {msgid!r}")


if __name__ == "__main__":
    main(sys.argv[1])
