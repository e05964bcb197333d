"""Reads a folder of the old site's saved HTML pages as LegacyRecords.

For each `.html` file: the language from `<html lang>` or else the first folder of its path; the
node id from Drupal's shortlink (`/node/27810`), `data-history-node-id` or a `node-27810` id
or class, else the page's path; the title from the main content's `<h1>`; the section from the
breadcrumb ("Vous êtes ici", "أنت هنا"); the date from `<time datetime>`, the
`article:published_time` meta or a date field; the body from Drupal's body field or the main
content without its title, breadcrumb, navigation and fields. Translations are paired through the
`hreflang` links Drupal writes (`<link rel="alternate">` or the language switcher): the French page
found among a page's alternates names its translation set. A file's path in the folder is its
legacy URL and stands for a line number in reports.
"""

import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from django.conf import settings

from legacy.sources import BadRecord, LegacyRecord, normalise_language

MAIN_SELECTORS = ["main", "[role=main]", "#main-content", "#content", ".region-content", "article", "body"]
BODY_SELECTORS = [".field--name-body", ".field-name-body", "[property='content:encoded']", ".node__content"]
DATE_SELECTORS = [".field--name-field-date", ".field-name-field-date", ".date-display-single", ".date", ".submitted"]
TAG_SELECTORS = [".field--name-field-tags a", ".field-name-field-tags a", "a[rel=tag]"]
IMAGE_SELECTORS = [".field--name-field-image img", ".field-name-field-image img"]
FILE_SELECTORS = [".field--name-field-attachments a", ".field-name-field-attachments a", ".file a", "span.file a"]
NOT_BODY = [
    "h1",
    "nav",
    "aside",
    "header",
    "footer",
    "form",
    "script",
    "style",
    "time",
    ".breadcrumb",
    "[class*=breadcrumb]",
    ".submitted",
    ".links",
    "[class*=language-switcher]",
    *DATE_SELECTORS,
    ".field--name-field-tags",
    ".field-name-field-tags",
    ".field--name-field-image",
    ".field-name-field-image",
    ".field--name-field-attachments",
    ".field-name-field-attachments",
]
HERE = re.compile(r"^\s*(vous [êe]tes ici|أنت هنا|انت هنا)\s*:?\s*", re.IGNORECASE)
HOME_NAMES = {"accueil", "الرئيسية", "الصفحة الرئيسية", "home"}
NODE_ID = re.compile(r"(?:^|/)node/(\d+)(?:$|[/?#])")
NODE_CLASS = re.compile(r"(?:^|\s|-)node-(\d+)(?:\s|$)")
NODE_TYPE = re.compile(r"(?:^|\s)(?:page-)?node-?-type-([\w-]+)")


def read_html_folder(folder):
    folder = Path(folder).resolve()
    pages = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in (".html", ".htm") or not path.is_file():
            continue
        relative = path.relative_to(folder).as_posix()
        try:
            pages.append(read_page(path, folder))
        except (UnicodeDecodeError, OSError) as error:
            pages.append(BadRecord(relative, f"unreadable page: {error}"))
    _pair(pages)
    return pages


def legacy_path(relative):
    path = PurePosixPath(relative)
    if path.stem == "index":
        path = path.parent
    else:
        path = path.with_suffix("")
    return "/" + path.as_posix().strip("./")


def read_page(path, folder):
    relative = path.relative_to(folder).as_posix()
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    url = legacy_path(relative)
    html = soup.find("html")
    language = normalise_language(html.get("lang") if html else None) or normalise_language(url.split("/")[1])
    if language is None:
        return BadRecord(relative, "no language: neither a lang attribute nor a language folder")
    main = _first(soup, MAIN_SELECTORS) or soup
    _root_relative(main, path.parent.relative_to(folder))

    title_tag = main.find("h1") or soup.find("h1")
    title = _text(title_tag) or _meta(soup, "og:title") or _text(soup.find("title")).split(" | ")[0]
    legacy_id = _node_id(soup) or url.strip("/")[:64]
    if not title:
        return BadRecord(relative, "missing title", legacy_id, language)

    aliases = [url]
    canonical = soup.find("link", rel="canonical")
    if canonical and canonical.get("href"):
        canonical_path = unquote(urlsplit(canonical["href"]).path).rstrip("/")
        if canonical_path and canonical_path not in aliases and not NODE_ID.search(canonical_path):
            aliases.append(canonical_path)

    image = _first(main, IMAGE_SELECTORS)
    record = LegacyRecord(
        line=relative,
        legacy_id=legacy_id,
        language=language,
        title=" ".join(title.split()),
        kind=_node_type(soup),
        date=_date(main, soup),
        summary=_meta(soup, "description") or _meta(soup, "og:description"),
        section=_section(soup),
        terms=[_text(tag) for tag in _all(main, TAG_SELECTORS) if _text(tag)],
        image=image.get("src", "") if image else "",
        image_alt=image.get("alt", "") if image else "",
        attachments=[a["href"] for a in _all(main, FILE_SELECTORS) if a.get("href")],
        aliases=aliases,
        base_dir=folder,
    )
    record.alternates = _alternates(soup, language)
    record.body = _body(main)
    return record


def _pair(pages):
    """Sets the translation set of each page from the source-language page among its alternates."""
    by_path = {}
    for page in pages:
        if isinstance(page, LegacyRecord):
            for alias in page.aliases:
                by_path[alias] = page
    source = settings.LANGUAGE_CODE
    for page in pages:
        if not isinstance(page, LegacyRecord):
            continue
        if page.language == source:
            continue
        french = next(
            (by_path[p] for lang, p in page.alternates if lang == source and p in by_path),
            None,
        )
        if french is not None and french.legacy_id != page.legacy_id:
            page.translation_set = french.legacy_id
    for page in pages:
        if isinstance(page, LegacyRecord):
            del page.alternates


def _root_relative(main, folder):
    """Paths relative to the page's file rewritten from the export's root, so media are found."""
    for tag, attribute in (("img", "src"), ("a", "href")):
        for element in main.find_all(tag):
            value = element.get(attribute)
            if not value or value.startswith(("/", "#")) or urlsplit(value).scheme:
                continue
            element[attribute] = "/" + (PurePosixPath(folder.as_posix()) / value).as_posix().lstrip("./")


def _first(node, selectors):
    for selector in selectors:
        found = node.select_one(selector)
        if found is not None:
            return found
    return None


def _all(node, selectors):
    for selector in selectors:
        found = node.select(selector)
        if found:
            return found
    return []


def _text(node):
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def _meta(soup, name):
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    return " ".join((tag.get("content") or "").split()) if tag else ""


def _node_id(soup):
    for link in soup.find_all("link", rel="shortlink"):
        match = NODE_ID.search(urlsplit(link.get("href", "")).path)
        if match:
            return match.group(1)
    tagged = soup.find(attrs={"data-history-node-id": True})
    if tagged is not None:
        return str(tagged["data-history-node-id"]).strip()
    for element in soup.find_all(["article", "div", "body"]):
        for value in [element.get("id", "")] + element.get("class", []):
            match = NODE_CLASS.search(f" {value} ")
            if match and value.startswith(("node-", "page-node-")):
                return match.group(1)
    return ""


def _node_type(soup):
    for element in soup.find_all(["body", "article"]):
        match = NODE_TYPE.search(" ".join(element.get("class", [])))
        if match:
            return match.group(1).replace("_", "-")
    return ""


def _date(main, soup):
    time = main.find("time", datetime=True) or soup.find("time", datetime=True)
    if time is not None:
        return time["datetime"]
    published = _meta(soup, "article:published_time")
    if published:
        return published
    found = _first(main, DATE_SELECTORS)
    return _text(found)


def _section(soup):
    crumbs = soup.select_one("nav.breadcrumb, .breadcrumb, [aria-label*=readcrumb], [class*=breadcrumb]")
    if crumbs is None:
        marker = soup.find(string=HERE)
        crumbs = marker.find_parent(["div", "nav", "p", "ol", "ul"]) if marker else None
    if crumbs is None:
        return ""
    names = [_text(link) for link in crumbs.find_all("a")]
    names = [HERE.sub("", name) for name in names if name and name.casefold() not in HOME_NAMES]
    return names[-1] if names else ""


def _alternates(soup, language):
    found = []
    for element in soup.find_all(["link", "a"], hreflang=True):
        code = normalise_language(element.get("hreflang"))
        href = element.get("href")
        if code and code != language and href:
            found.append((code, unquote(urlsplit(href).path).rstrip("/")))
    return found


def _body(main):
    body = _first(main, BODY_SELECTORS)
    if body is None:
        body = BeautifulSoup(str(main), "html.parser")
        for selector in NOT_BODY:
            for element in body.select(selector):
                element.decompose()
    return body.decode_contents().strip()
