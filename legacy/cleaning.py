"""Hand-edited HTML from the old site, made safe by nh3 and turned into the site's StreamField blocks.

nh3 (the Ammonia sanitiser) first keeps only the tags and attributes listed here and drops
scripts, styles, comments (Word's conditional comments among them), event attributes and
`javascript:` links. The converter then walks what is left and writes blocks as
`(block_name, value)` data: headings, paragraphs (bold, italic, links, document links, lists,
superscript, subscript: the paragraph block's features), images with caption, quotes, tables,
videos from known providers. Layout tables of one cell become ordinary content, a table inside
a table becomes text in its cell, and nothing is kept as raw HTML.

Media are resolved through callables the importer passes in, so this module touches neither the
database nor files: `image(src, alt)` returns a saved image or None, `document(href)` a saved
document or None.
"""

import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlsplit

import nh3
from bs4 import BeautifulSoup, NavigableString, Tag

INLINE_TAGS = {"a", "b", "strong", "i", "em", "u", "sup", "sub", "span", "br", "small", "abbr", "code", "q", "s"}
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody"}
BLOCK_TAGS |= {"tfoot", "tr", "th", "td", "caption", "img", "figure", "figcaption", "iframe", "div", "hr", "pre"}
BLOCK_TAGS |= {"dl", "dt", "dd", "section", "article", "main", "header", "footer", "aside", "center", "cite"}
ALLOWED_TAGS = INLINE_TAGS | BLOCK_TAGS
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "iframe": {"src", "title"},
    "td": {"colspan"},
    "th": {"colspan"},
}
# Removed with everything inside them; other unknown tags (Word's <o:p>, <font>) keep their text.
DROPPED_WITH_CONTENT = {"script", "style", "noscript", "template", "object", "embed", "form", "button", "select"}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "ppt", "pptx", "zip", "csv", "txt"}
VIDEO_PROVIDERS = [
    (
        re.compile(r"^(?:www\.)?youtube(?:-nocookie)?\.com$"),
        re.compile(r"^/embed/([\w-]+)"),
        "https://www.youtube.com/watch?v={}",
    ),
    (re.compile(r"^player\.vimeo\.com$"), re.compile(r"^/video/(\d+)"), "https://vimeo.com/{}"),
    (
        re.compile(r"^(?:www\.)?dailymotion\.com$"),
        re.compile(r"^/embed/video/(\w+)"),
        "https://www.dailymotion.com/video/{}",
    ),
]
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}

_SPACES = re.compile(r"[ \t\r\n\f]+")
_TRUNCATED_TAG = re.compile(r"<[a-zA-Z/!][^>]*$")


class BrokenHtml(ValueError):
    pass


def sanitise(html):
    """The HTML with only allowed tags and attributes, no script, style, comment or unsafe URL."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        clean_content_tags=DROPPED_WITH_CONTENT,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def plain_text(html):
    """The text of an HTML fragment, whitespace collapsed: summaries, titles, headings."""
    if not html:
        return ""
    text = BeautifulSoup(sanitise(html), "html.parser").get_text(" ")
    return " ".join(text.split())


def is_document_url(href):
    path = urlsplit(href).path.lower()
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1] in DOCUMENT_EXTENSIONS


def video_url(src):
    """The public URL of an embedded video from a known provider, or None."""
    parts = urlsplit(src if "//" in src else "https:" + src if src.startswith("//") else src)
    for host, path, template in VIDEO_PROVIDERS:
        match = path.match(parts.path)
        if host.match(parts.hostname or "") and match:
            return template.format(match.group(1))
    return None


def truncate(text, length):
    """`text` cut at a word boundary to at most `length` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + "…"


@dataclass
class ConvertedBody:
    blocks: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def text(self):
        parts = []
        for name, value in self.blocks:
            if name == "paragraph":
                parts.append(plain_text(value))
            elif name == "heading":
                parts.append(value["text"])
            elif name == "quote":
                parts.append(value["text"])
        return " ".join(part for part in parts if part)


class BodyConverter:
    """Turns one body's HTML into blocks; media go through the importer's resolvers."""

    def __init__(self, image=None, document=None, video_title="", local_hosts=()):
        self.resolve_image = image or (lambda src, alt: None)
        self.resolve_document = document or (lambda href: None)
        self.video_title = video_title
        self.local_hosts = {host.lower() for host in local_hosts}

    def convert(self, html):
        if not isinstance(html, str):
            raise BrokenHtml("the body is not text")
        if _TRUNCATED_TAG.search(html.rstrip()):
            raise BrokenHtml("the body HTML ends inside a tag (truncated export?)")
        self.result = ConvertedBody()
        self.rich = []  # rich text pieces waiting to become one paragraph block
        self.inline = []  # inline HTML waiting to become one <p>
        cleaned = sanitise(html)
        soup = BeautifulSoup(cleaned, "html.parser")
        self._flow(soup)
        self._flush_rich()
        source_text = " ".join(BeautifulSoup(cleaned, "html.parser").get_text(" ").split())
        has_media = any(name in ("image", "video", "document", "table") for name, _value in self.result.blocks)
        if source_text and not self.result.text and not has_media:
            raise BrokenHtml("the body HTML yields no readable content")
        return self.result

    # Block level

    def _flow(self, node):
        for child in list(node.children):
            if isinstance(child, NavigableString):
                if child.strip():
                    self.inline.append(escape(_collapse(str(child)), quote=False))
                elif self.inline:
                    self.inline.append(" ")
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in INLINE_TAGS:
                html, images = self._inline(child)
                self.inline.append(html)
                self._emit_images(images)
            elif name == "p" or name == "pre" or name in ("dt", "dd"):
                self._flush_inline()
                html, images = self._inline(child)
                if name == "dt" and html.strip():
                    html = f"<b>{html.strip()}</b>"
                self._paragraph(html)
                self._emit_images(images)
            elif name in HEADING_LEVELS:
                self._flush_inline()
                text = _text(child)
                if text:
                    self._block("heading", {"text": truncate(text, 200), "level": HEADING_LEVELS[name]})
                self._emit_images(self._images_in(child))
            elif name in ("ul", "ol"):
                self._flush_inline()
                html, images = self._list(child)
                if html:
                    self.rich.append(html)
                self._emit_images(images)
            elif name == "blockquote":
                self._flush_inline()
                self._quote(child)
            elif name == "table":
                self._flush_inline()
                self._table(child)
            elif name == "img":
                self._flush_inline()
                self._image(child, "")
            elif name == "figure":
                self._flush_inline()
                self._figure(child)
            elif name == "iframe":
                self._flush_inline()
                self._video(child)
            elif name == "hr":
                self._flush_inline()
            else:  # div, section, article, li or td out of place, cite, figcaption alone…
                self._flush_inline()
                self._flow(child)
                self._flush_inline()

    def _block(self, name, value):
        self._flush_rich()
        self.result.blocks.append((name, value))

    def _flush_inline(self):
        if self.inline:
            self._paragraph("".join(self.inline))
            self.inline = []

    def _paragraph(self, html):
        html = _tidy_inline(html)
        if html:
            self.rich.append(f"<p>{html}</p>")

    def _flush_rich(self):
        if self.inline:
            html, self.inline = "".join(self.inline), []
            self._paragraph(html)
        if self.rich:
            self.result.blocks.append(("paragraph", "".join(self.rich)))
            self.rich = []

    # Inline

    def _inline(self, node):
        """(inline HTML, images found inside) for the children of `node`."""
        parts, images = [], []
        for child in node.children:
            if isinstance(child, NavigableString):
                parts.append(escape(_collapse(str(child)), quote=False))
            elif isinstance(child, Tag):
                parts.append(self._inline_tag(child, images))
        return "".join(parts), images

    def _inline_tag(self, tag, images):
        name = tag.name
        if name == "img":
            images.append(tag)
            return ""
        if name == "br":
            return "<br/>"
        if name in ("iframe", "table", "figure"):
            images.append(tag)  # handled as a block after the paragraph
            return ""
        inner, found = self._inline(tag)
        images.extend(found)
        if name in ("b", "strong"):
            return f"<b>{inner}</b>" if inner.strip() else inner
        if name in ("i", "em"):
            return f"<i>{inner}</i>" if inner.strip() else inner
        if name in ("sup", "sub"):
            return f"<{name}>{inner}</{name}>" if inner.strip() else inner
        if name == "a":
            return self._link(tag, inner)
        if name in ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"):
            return f"<br/>{inner}<br/>" if inner.strip() else ""
        return inner  # span, font, u, small, abbr…: the text stays, the tag goes

    def _link(self, tag, inner):
        href = (tag.get("href") or "").strip()
        if not href or not inner.strip():
            return inner
        if is_document_url(href) and self._is_local(href):
            document = self.resolve_document(href)
            if document is None:
                self.result.warnings.append(f"linked document not found: {href}")
                return inner
            return f'<a linktype="document" id="{document.pk}">{inner}</a>'
        return f'<a href="{escape(href)}">{inner}</a>'

    def _list(self, node):
        items, images = [], []
        for item in node.find_all("li", recursive=False):
            parts = []
            for child in item.children:
                if isinstance(child, Tag) and child.name in ("ul", "ol"):
                    nested, found = self._list(child)
                    images.extend(found)
                    parts.append(nested)
                elif isinstance(child, NavigableString):
                    parts.append(escape(_collapse(str(child)), quote=False))
                elif isinstance(child, Tag):
                    parts.append(self._inline_tag(child, images))
            html = _tidy_inline("".join(parts))
            if html:
                items.append(f"<li>{html}</li>")
        if not items:
            return "", images
        return f"<{node.name}>{''.join(items)}</{node.name}>", images

    def _is_local(self, href):
        """A path, or an address on the old site's own host: a file the export should hold."""
        parts = urlsplit(href)
        if not parts.netloc:
            return not parts.scheme
        return (parts.hostname or "").lower() in self.local_hosts

    # Media and structured blocks

    def _emit_images(self, tags):
        for tag in tags:
            if tag.name == "img":
                self._image(tag, "")
            elif tag.name == "iframe":
                self._video(tag)
            elif tag.name == "table":
                self._table(tag)
            elif tag.name == "figure":
                self._figure(tag)

    def _images_in(self, node):
        return node.find_all("img")

    def _image(self, tag, caption):
        src = (tag.get("src") or "").strip()
        alt = " ".join((tag.get("alt") or tag.get("title") or "").split())
        if not src:
            return
        image = self.resolve_image(src, alt)
        if image is None:
            self.result.warnings.append(f"image not found: {src}")
            return
        if not alt:
            self.result.warnings.append(f"image without alt text: {src}")
        value = {
            "image": image.pk,
            "alt_text": truncate(alt, 250),
            "decorative": False,
            "caption": truncate(caption, 300),
            "credit": "",
        }
        self._block("image", value)

    def _figure(self, node):
        caption_tag = node.find("figcaption")
        caption = _text(caption_tag) if caption_tag else ""
        images = node.find_all("img")
        for number, img in enumerate(images):
            self._image(img, caption if number == 0 else "")
        if not images and caption:
            self._paragraph(escape(caption, quote=False))

    def _video(self, tag):
        src = (tag.get("src") or "").strip()
        url = video_url(src) if src else None
        if url is None:
            self.result.warnings.append(f"embedded frame dropped (unknown provider): {src or '(no address)'}")
            return
        title = " ".join((tag.get("title") or "").split()) or self.video_title or url
        self._block("video", {"title": truncate(title, 200), "video": url, "transcript": ""})

    def _quote(self, node):
        attribution = ""
        for source in node.find_all(["cite", "footer"]):
            attribution = attribution or _text(source)
            source.extract()
        paragraphs = [_text(p) for p in node.find_all("p")] or [_text(node)]
        text = "\n".join(p for p in paragraphs if p)
        if text:
            self._block("quote", {"text": text, "attribution": truncate(attribution.lstrip("—–- "), 200)})

    def _table(self, node):
        rows = [row for row in node.find_all("tr") if row.find_parent("table") is node]
        cells = [[cell for cell in row.find_all(["td", "th"]) if cell.find_parent("tr") is row] for row in rows]
        if len(cells) == 1 and len(cells[0]) == 1 or not any(cells):
            # A layout table of one cell: its content is the page's content.
            for row in cells:
                for cell in row:
                    self._flow(cell)
            self._flush_inline()
            return
        width = max(sum(_span(cell) for cell in row) for row in cells)
        data = []
        for row in cells:
            texts = []
            for cell in row:
                # A table inside a cell (layout nesting) becomes that cell's text.
                texts.append(_text(cell))
                texts.extend([""] * (_span(cell) - 1))
            data.append(texts + [""] * (width - len(texts)))
        caption_tag = node.find("caption")
        header = bool(node.find("thead")) or bool(cells[0]) and all(cell.name == "th" for cell in cells[0])
        self._block(
            "table",
            {
                "first_row_is_table_header": header,
                "first_col_is_header": False,
                "table_caption": _text(caption_tag) if caption_tag else "",
                "data": data,
            },
        )


def _span(cell):
    try:
        return max(1, min(int(cell.get("colspan") or 1), 20))
    except ValueError:
        return 1


def _collapse(text):
    return _SPACES.sub(" ", text)


def _text(node):
    return " ".join(node.get_text(" ").split()) if node is not None else ""


_EDGE_BREAKS = re.compile(r"^(?:\s|<br/>)+|(?:\s|<br/>)+$")
_BREAK_RUNS = re.compile(r"(?:\s*<br/>\s*){2,}")


def _tidy_inline(html):
    """Spaces collapsed, breaks at the edges removed, runs of breaks reduced to one."""
    html = _BREAK_RUNS.sub("<br/>", _collapse(html))
    html = _EDGE_BREAKS.sub("", html)
    text = re.sub(r"<[^>]+>", "", html).replace("\xa0", " ").replace("&nbsp;", " ")
    return html if text.strip() else ""
