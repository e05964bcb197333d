"""What a reader's browser gets for a fast, stable page: icons, a description, fonts by script, sized images."""

import datetime
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.factories import article, make_image, make_theme, news_index, publication, publication_index, translate_page

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static"
SITE_CSS = STATIC / "css" / "site.css"
FR_DEFAULT = "Le Conseil national des droits humains publie ses actualités"
AR_DEFAULT = "ينشر المجلس الوطني لحقوق الإنسان"


@pytest.fixture
def content(site_tree, locales):
    fr, ar = locales["fr"], locales["ar"]
    theme = make_theme(fr, "Migration", "migration")
    index = news_index(site_tree["fr"])
    translate_page(index, ar, title="المستجدات")
    main = article(
        index,
        "Visite du centre",
        date=datetime.date(2024, 3, 1),
        themes=[theme],
        main_image=make_image("Centre", 1600, 1000),
    )
    translate_page(main, ar, title="زيارة المركز", summary="ملخص الزيارة")
    pub_index = publication_index(site_tree["fr"])
    translate_page(pub_index, ar, title="المنشورات")
    report = publication(pub_index, "Rapport annuel", cover_image=make_image("Couverture", 900, 1200))
    translate_page(report, ar, title="التقرير السنوي", summary="ملخص التقرير")
    return {"index": index, "article": main, "report": report}


def description(html):
    found = re.findall(r'<meta name="description" content="([^"]*)">', html)
    assert len(found) == 1, found
    return found[0]


PAGES = {
    "fr": [
        "/fr/",
        "/fr/actualites/",
        "/fr/actualites/visite-du-centre/",
        "/fr/publications/",
        "/fr/recherche/?q=rapport",
    ],
    "ar": [
        "/ar/",
        "/ar/actualites/",
        "/ar/actualites/visite-du-centre/",
        "/ar/publications/",
        "/ar/recherche/?q=rapport",
    ],
}


def test_every_public_page_has_a_description_in_its_language(client, content):
    for language, urls in PAGES.items():
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            text = description(response.content.decode())
            assert text, url
            arabic = any("\u0600" <= char <= "\u06ff" for char in text)
            assert arabic == (language == "ar"), (url, text)


def test_a_page_is_described_by_its_summary_else_by_the_site(client, content):
    assert description(client.get("/fr/actualites/visite-du-centre/").content.decode()) == "Résumé de Visite du centre"
    assert description(client.get("/ar/actualites/visite-du-centre/").content.decode()) == "ملخص الزيارة"
    assert description(client.get("/fr/").content.decode()).startswith(FR_DEFAULT)
    assert description(client.get("/ar/").content.decode()).startswith(AR_DEFAULT)


def test_favicon_and_touch_icons_are_linked_and_served(client, content):
    head = client.get("/fr/").content.decode().split("</head>")[0]
    links = dict(re.findall(r'<link rel="(icon|apple-touch-icon)" href="([^"]+)"', head))
    assert set(links) == {"icon", "apple-touch-icon"}
    hrefs = re.findall(r'<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"', head)
    assert len(hrefs) == 4  # ICO, SVG, 192 px PNG, touch icon
    for href in hrefs:
        assert href.startswith(settings.STATIC_URL) and finders.find(href.removeprefix(settings.STATIC_URL)), href
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file


def parse_ranges(text):
    ranges = set()
    for part in text.split(","):
        bounds = part.strip().removeprefix("U+").split("-")
        first = int(bounds[0], 16)
        last = int(bounds[-1], 16)
        ranges.update(range(first, last + 1))
    return ranges


def font_faces():
    """[(font file or local() source, unicode-range as a set of code points)] from the stylesheet."""
    css = SITE_CSS.read_text()
    faces = []
    for block in re.findall(r"@font-face\s*{(.*?)}", css, re.S):
        source = re.search(r"src:\s*([^;]+);", block).group(1)
        faces.append((source, parse_ranges(re.search(r"unicode-range:\s*([^;]+);", block).group(1))))
    return faces


def test_latin_and_arabic_font_ranges_never_overlap():
    faces = font_faces()
    arabic = set().union(*(chars for source, chars in faces if "arabic" in source))
    latin = set().union(*(chars for source, chars in faces if "latin" in source))
    assert arabic and latin
    assert not arabic & latin
    # Accented French, punctuation and the euro sign are drawn with the Latin file.
    assert {ord(char) for char in "éèàçœÉ«»’–—…€"} <= latin


class VisibleText(HTMLParser):
    """The text a browser draws in the page's own font: outside <head>, <script>, <style> and lang="ar" elements."""

    SKIPPED = {"head", "script", "style", "title"}
    VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag in self.SKIPPED or dict(attrs).get("lang") == "ar")

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not any(self.stack):
            self.text.append(data)


def test_a_french_page_never_needs_the_arabic_font(client, content):
    arabic = set().union(*(chars for source, chars in font_faces() if "arabic" in source))
    for url in PAGES["fr"]:
        html = client.get(url).content.decode()
        assert "noto-sans-arabic" not in html, url  # neither preloaded nor linked
        parser = VisibleText()
        parser.feed(html)
        drawn = {char for char in "".join(parser.text) if ord(char) in arabic}
        assert not drawn, (url, drawn)
        # The one Arabic word, the language switcher's, is there, drawn in a system font.
        assert re.search(r'<a href="/ar/[^"]*" lang="ar" hreflang="ar">', html), url
        # A <select> lays out all its options, so one with an Arabic option is covered too.
        assert '<option value="ar" lang="ar">' in html, url
    site_css = SITE_CSS.read_text()
    rule = re.search(r'html:not\(\[lang="ar"\]\) :is\(([^)]+\))\) { font-family: var\((--[a-z-]+)\); }', site_css)
    assert rule.group(1) == '[lang="ar"], select:has(> option[lang="ar"])'
    families = [name.strip() for name in re.search(rf"{rule.group(2)}:\s*([^;]+);", site_css).group(1).split(",")]
    assert '"Noto Sans Site"' not in families
    css = SITE_CSS.read_text()
    latin_only = [
        block for block in re.findall(r"@font-face\s*{(.*?)}", css, re.S) if '"Noto Sans Site Latin"' in block
    ]
    assert len(latin_only) == 1 and "noto-sans-latin-wght.woff2" in latin_only[0]


def test_each_page_preloads_the_font_of_its_language_only(client, content):
    for language, urls in PAGES.items():
        for url in urls:
            head = client.get(url).content.decode().split("</head>")[0]
            preloaded = re.findall(r'<link rel="preload" href="[^"]*/fonts/([a-z-]+)\.woff2" as="font"', head)
            assert preloaded == [{"fr": "noto-sans-latin-wght", "ar": "noto-sans-arabic-wght"}[language]], url


def test_every_page_loads_one_stylesheet(client, content):
    """One render-blocking request, cached under its hashed name."""
    for urls in PAGES.values():
        for url in urls:
            html = client.get(url).content.decode()
            assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) == ["/static/css/site.css"], url


ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def test_the_arabic_font_covers_what_arabic_pages_draw(client, content):
    """The Arabic file is a subset (scripts/subset_fonts.py): every Arabic letter, mark, digit and sign the
    pages and the interface draw is in its range (else it would be drawn in a local font), and so is every
    weight the stylesheet asks for."""
    arabic = set().union(*(chars for source, chars in font_faces() if "arabic" in source))
    drawn = set()
    for url in PAGES["ar"]:
        parser = VisibleText()
        parser.feed(client.get(url).content.decode())
        drawn.update(ARABIC_SCRIPT.findall("".join(parser.text)))
    catalogue = (Path(settings.BASE_DIR) / "locale" / "ar" / "LC_MESSAGES" / "django.po").read_text()
    drawn.update(ARABIC_SCRIPT.findall(catalogue))
    assert len(drawn) > 30  # the pages are in Arabic
    assert not {char for char in drawn if ord(char) not in arabic}
    css = SITE_CSS.read_text()
    script = (Path(settings.BASE_DIR) / "scripts" / "subset_fonts.py").read_text()
    low, high = map(int, re.search(r"^WEIGHTS = \((\d+), (\d+)\)$", script, re.M).groups())
    weights = {int(weight) for weight in re.findall(r"font-weight:\s*(\d+)\s*[;}]", css)} | {400, 700}
    assert all(low <= weight <= high for weight in weights), weights


def test_the_faces_of_a_family_share_their_descriptors():
    """A browser combines the unicode-ranges of a family's faces only when their style and weight are the same:
    an Arabic face declared 400 700 next to a Latin one declared 100 900 left Latin text in the fallback."""
    css = SITE_CSS.read_text()
    faces = {}
    for block in re.findall(r"@font-face\s*{(.*?)}", css, re.S):
        if "url(" in block:
            family = re.search(r'font-family:\s*"([^"]+)"', block).group(1)
            style = re.search(r"font-style:\s*(\w+)", block).group(1)
            faces.setdefault((family, style), set()).add(re.search(r"font-weight:\s*([^;]+);", block).group(1))
    assert ("Noto Sans Site", "normal") in faces
    assert all(len(weights) == 1 for weights in faces.values()), faces


def test_text_waits_for_the_fonts_in_a_fallback_of_the_same_size():
    css = SITE_CSS.read_text()
    fallbacks = [block for block in re.findall(r"@font-face\s*{(.*?)}", css, re.S) if "local(" in block]
    assert len(fallbacks) == 2  # one for Latin, one for Arabic
    for block in fallbacks:
        for descriptor in ("size-adjust", "ascent-override", "descent-override", "line-gap-override"):
            assert re.search(rf"{descriptor}:\s*[\d.]+%;", block), descriptor
    assert '"Noto Sans Site", "Noto Sans Site Fallback"' in SITE_CSS.read_text()


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def check_picture(picture, widths):
    """AVIF then WebP sources and a JPEG <img>, each listing every width (1x and 2x); space reserved."""
    sources = re.findall(r'<source [^>]*srcset="([^"]+)"[^>]*type="(image/[a-z]+)"', picture)
    assert [kind for _srcset, kind in sources] == ["image/avif", "image/webp"], picture
    img = re.search(r"<img [^>]+>", picture).group(0)
    for srcset in [srcset for srcset, _kind in sources] + [re.search(r'srcset="([^"]+)"', img).group(1)]:
        assert [int(w) for w in re.findall(r" (\d+)w", srcset)] == widths, srcset
    assert re.search(r'src="[^"]+\.jpg"', img) and 'width="' in img and 'height="' in img and "sizes=" in img


def test_images_have_1x_and_2x_sources_in_modern_formats(client, content):
    for url in ("/fr/actualites/", "/ar/actualites/", "/fr/publications/"):
        found = pictures(client.get(url).content.decode())
        assert found, url
        for picture in found:
            check_picture(picture, [400, 800])
    cover = pictures(client.get("/fr/publications/rapport-annuel/").content.decode())
    assert len(cover) == 1
    check_picture(cover[0], [320, 640])
    image = re.search(
        r'<figure class="article__image">.*?</figure>',
        client.get("/fr/actualites/visite-du-centre/").content.decode(),
        re.S,
    )
    check_picture(pictures(image.group(0))[0], [480, 800, 1200])
