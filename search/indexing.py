"""Builds and refreshes SearchEntry rows from live pages.

A page's database row holds its published content (drafts live in revisions),
so indexing reads the page itself.
"""

import logging

from django.db import transaction
from django.db.models import OuterRef, Subquery
from wagtail.models import Page, get_page_models

from search import vocabulary
from search.documents import document_text
from search.models import DocumentText, SearchEntry
from search.text import analysis_version, normalize_text

logger = logging.getLogger(__name__)

UPDATED_FIELDS = [
    "path",
    "language",
    "kind",
    "date",
    "title",
    "summary",
    "norm_title",
    "norm_summary",
    "norm_body",
    "norm_document",
    "indexed_at",
]


def _kind(page):
    """A page type says which kind of result it is (`search_kind`); any other page is a plain page."""
    kind = getattr(page, "search_kind", SearchEntry.Kind.PAGE)
    return kind if kind in SearchEntry.Kind.values else SearchEntry.Kind.PAGE


def _stream_text(page, name):
    try:
        field = page._meta.get_field(name)
    except Exception:
        return ""
    if not hasattr(field, "get_searchable_content"):
        return str(getattr(page, name, "") or "")
    return " ".join(str(piece) for piece in field.get_searchable_content(getattr(page, name)))


def _documents(page):
    """The documents a page type indexes with it (`indexed_documents()`), none otherwise."""
    return page.indexed_documents() if hasattr(page, "indexed_documents") else []


def page_texts(page):
    """The title, summary and body a reader sees on a specific page."""
    body = " ".join(filter(None, (_stream_text(page, "body"), _stream_text(page, "intro"))))
    summary = getattr(page, "summary", "") or page.search_description or ""
    return page.title, summary, body


def entry_fields(page, texts=None):
    """The SearchEntry values for a specific, live page."""
    title, summary, body = texts or page_texts(page)
    document = " ".join(filter(None, (document_text(doc) for doc in _documents(page))))
    date = getattr(page, "date", None) or (page.first_published_at.date() if page.first_published_at else None)
    return {
        "path": page.path,
        "language": page.locale.language_code,
        "kind": _kind(page),
        "date": date,
        "title": title[:255],
        "summary": summary,
        "norm_title": normalize_text(title),
        "norm_summary": normalize_text(summary),
        "norm_body": normalize_text(body),
        "norm_document": document,
    }


def is_indexable(page):
    # Site roots are reached by the menu, not by search; the tree root has no locale.
    return page.live and page.depth > 2


def index_page(page):
    return index_page_id(page.pk)


def index_page_id(page_id):
    """Create, refresh or drop the entry of one page, after any change to it.

    The documents' text is read first (a slow PDF holds no transaction open); the entry is
    then written in one transaction, so a worker stopped at any point leaves the previous
    entry whole, never a mix of old and new.
    """
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None:
        return None
    page = page.specific
    texts = page_texts(page) if is_indexable(page) else None
    fields = entry_fields(page, texts) if texts is not None else None
    with transaction.atomic():
        if fields is None:
            SearchEntry.objects.filter(page_id=page.pk).delete()
            return None
        entry, _created = SearchEntry.objects.update_or_create(page_id=page.pk, defaults=fields)
        vocabulary.add_page_words(entry.language, texts)
    return entry


def update_paths(page):
    """After a move: the moved page's entries and its descendants' follow their new tree paths."""
    subtree = Page.objects.filter(path__startswith=page.path)
    SearchEntry.objects.filter(page__in=subtree).update(
        path=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("path")[:1])
    )


def update_paths_of(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        update_paths(page)


def remove_page(page_id):
    SearchEntry.objects.filter(page_id=page_id).delete()


def pages_using_document(document):
    """Ids of live pages whose indexed text includes `document`'s, asked of each page type that indexes documents."""
    return [
        pk
        for model in get_page_models()
        if hasattr(model, "ids_using_document")
        for pk in model.ids_using_document(document)
    ]


def index_page_ids(page_ids):
    for page in Page.objects.filter(pk__in=page_ids):
        index_page(page)


def index_pages_using_document(document):
    index_page_ids(pages_using_document(document))


def forget_outdated_document_text():
    """PDF text analysed by an earlier version of search.text is extracted again when next indexed."""
    version = analysis_version()
    return DocumentText.objects.exclude(analysis=version).update(file_hash="", analysis=version)


def rebuild(stdout=None, chunk_size=500):
    """Index every live page again and drop entries of pages that are no longer live.

    Stored text is analysed afresh, PDF text too when the analysis has changed since it was extracted.
    """
    count = 0
    words = vocabulary.Counts()
    live = Page.objects.live().filter(depth__gt=2).order_by("pk")
    with transaction.atomic():
        forget_outdated_document_text()
        SearchEntry.objects.exclude(page__in=live).delete()
        ids = list(live.values_list("pk", flat=True))
        for start in range(0, len(ids), chunk_size):
            chunk = Page.objects.filter(pk__in=ids[start : start + chunk_size]).select_related("locale").specific()
            entries = []
            for page in chunk:
                try:
                    texts = page_texts(page)
                    fields = entry_fields(page, texts)
                except Exception:
                    logger.exception("Page %s could not be indexed", page.pk)
                    continue
                entries.append(SearchEntry(page_id=page.pk, **fields))
                words.add(fields["language"], texts)
            SearchEntry.objects.bulk_create(
                entries,
                update_conflicts=True,
                unique_fields=["page"],
                update_fields=UPDATED_FIELDS,
            )
            count += len(entries)
        words.save()
    if stdout is not None:
        stdout.write(f"Site search: {count} pages indexed")
    return count
