#!/usr/bin/env python
"""Cut the Arabic web font down to what the site's Arabic text needs (run again to change the set).

fontTools is not a dependency of the site: run this from a throwaway virtualenv.

    python3 -m venv /tmp/fonttools && /tmp/fonttools/bin/pip install fonttools brotli
    /tmp/fonttools/bin/python scripts/subset_fonts.py

The source is the full Noto Sans Arabic variable font (SIL Open Font License,
static/fonts/OFL.txt) as the site first shipped it, read from git (SOURCE_COMMIT); give
another file with --source. Two steps, the same as these commands:

    fonttools varLib.instancer SOURCE wght=400:700 -o /tmp/arabic-400-700.ttf
    pyftsubset /tmp/arabic-400-700.ttf --unicodes="<UNICODES below>" --layout-features='*' \\
        --name-IDs='*' --flavor=woff2 --output-file=static/fonts/noto-sans-arabic-wght.woff2

- Weight axis 400–700: the CSS draws text at 400, 600 and 700 (headings, labels, `<strong>`).
  The @font-face still declares `font-weight: 100 900`, like the Latin face: a browser only
  combines the unicode-ranges of faces with identical descriptors (other weights are clamped).
- Characters: the Arabic letters and marks (U+0621–065F), the Arabic-Indic digits and the
  Arabic percent, decimal and thousands signs (U+0660–066D), superscript alef and alef wasla,
  the letters used for foreign sounds in Maghreb names and loanwords (peh, tcheh, veh, qaf
  with three dots, keheh, ng, gaf, Farsi yeh, keheh with three dots), the extended
  (Persian) digits, Arabic comma, semicolon and question mark, the Arabic letter mark,
  ZWNJ/ZWJ and the ornate parentheses. Not kept: the letters of other languages written in
  Arabic script, Quranic annotation signs, and the presentation forms (U+FB50–FDFF,
  U+FE70–FEFF) as characters: the browser shapes Arabic through the font's GSUB and GPOS
  tables, which are kept whole (`--layout-features='*'`), and the glyphs they reach
  (initial, medial, final forms, lam-alef, marks) stay in the font. A character outside the
  set is drawn in the local fallback (site.css keeps the wider range for it).
- The `unicode-range` of the Arabic @font-face in static/css/site.css must be exactly
  UNICODES: this script checks it and that every code point is in the new font's cmap.
"""

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "static" / "fonts" / "noto-sans-arabic-wght.woff2"
FONTS_CSS = ROOT / "static" / "css" / "site.css"
SOURCE_COMMIT = "c51f11a"  # the full font (165,960 bytes), before it was subset
WEIGHTS = (400, 700)
UNICODES = (
    "U+060C, U+061B-061F, U+0621-066D, U+0670-0671, U+067E, U+0686, U+06A4, U+06A8-06A9, U+06AD, U+06AF,"
    " U+06CC, U+06F0-06F9, U+0763, U+200C-200D, U+FD3E-FD3F"
)


def code_points(ranges):
    points = set()
    for part in ranges.split(","):
        first, _dash, last = part.strip().removeprefix("U+").partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, help=f"the full font (default: git show {SOURCE_COMMIT}:…)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source
        if source is None:
            source = Path(tmp) / "source.woff2"
            command = ["git", "show", f"{SOURCE_COMMIT}:{TARGET.relative_to(ROOT)}"]
            source.write_bytes(subprocess.run(command, cwd=ROOT, check=True, capture_output=True).stdout)
        before = source.stat().st_size
        font = TTFont(source)
        instancer.instantiateVariableFont(font, {"wght": WEIGHTS}).save(Path(tmp) / "partial.ttf")
        partial = TTFont(Path(tmp) / "partial.ttf")
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.flavor = "woff2"
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=code_points(UNICODES))
        subsetter.subset(partial)
        partial.save(TARGET)
    result = TTFont(TARGET)
    missing = code_points(UNICODES) - set(result.getBestCmap())
    axis = result["fvar"].axes[0]
    print(
        f"{TARGET.relative_to(ROOT)}: {before} -> {TARGET.stat().st_size} bytes,"
        f" {len(result.getGlyphOrder())} glyphs, wght {axis.minValue:g}-{axis.maxValue:g}"
    )
    css = FONTS_CSS.read_text()
    arabic = [block for block in re.findall(r"@font-face\s*{(.*?)}", css, re.S) if "noto-sans-arabic" in block]
    css_range = re.search(r"unicode-range:\s*([^;]+);", arabic[0]).group(1) if arabic else ""
    problems = []
    if missing:
        problems.append("not in the font: " + ", ".join(f"U+{point:04X}" for point in sorted(missing)))
    if code_points(css_range or "0") != code_points(UNICODES):
        problems.append(f"the Arabic unicode-range in {FONTS_CSS.relative_to(ROOT)} is not UNICODES")
    if problems:
        sys.exit("; ".join(problems))


if __name__ == "__main__":
    main()
