#!/usr/bin/env python
"""Draw the site's favicon and touch icons into static/icons/ (run again after changing the design).

    .venv/bin/python scripts/make_icons.py

One design at every size: the brand blue in a rounded square, a white ring and a red dot
(the colours of static/css/site.css). The SVG is for browsers that take one; the PNGs
(Pillow, drawn at four times the size then reduced, for smooth edges) for the others and
for home screens; favicon.ico (16, 32 and 48 pixels) for the browsers and tools that ask
for /favicon.ico.
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "static" / "icons"
BRAND = "#0b4f6c"
ACCENT = "#a4262c"
WHITE = "#ffffff"
# On a 64-unit grid: corner radius, ring centre, radius and width, dot centre and radius.
CORNER, RING_RADIUS, RING_WIDTH, DOT = 12, 19, 7, (32, 32, 7)

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="{CORNER}" fill="{BRAND}"/>
<circle cx="32" cy="32" r="{RING_RADIUS}" fill="none" stroke="{WHITE}" stroke-width="{RING_WIDTH}"/>
<circle cx="{DOT[0]}" cy="{DOT[1]}" r="{DOT[2]}" fill="{ACCENT}"/>
</svg>
"""


def draw(size, rounded=True):
    scale = size * 4 / 64
    image = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    box = (0, 0, size * 4 - 1, size * 4 - 1)
    if rounded:
        pen.rounded_rectangle(box, radius=CORNER * scale, fill=BRAND)
    else:  # touch icons: the platform rounds the corners itself and wants no transparency
        pen.rectangle(box, fill=BRAND)
    outer, inner = (RING_RADIUS + RING_WIDTH / 2) * scale, (RING_RADIUS - RING_WIDTH / 2) * scale
    centre = 32 * scale
    pen.ellipse((centre - outer, centre - outer, centre + outer, centre + outer), fill=WHITE)
    pen.ellipse((centre - inner, centre - inner, centre + inner, centre + inner), fill=BRAND)
    x, y, r = (value * scale for value in DOT)
    pen.ellipse((x - r, y - r, x + r, y + r), fill=ACCENT)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "favicon.svg").write_text(SVG, encoding="utf-8")
    draw(180, rounded=False).convert("RGB").save(OUT / "apple-touch-icon.png", optimize=True)
    draw(192).save(OUT / "icon-192.png", optimize=True)
    draw(48).save(OUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(OUT.parent.parent)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
