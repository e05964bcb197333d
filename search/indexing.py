"""Builds and refreshes SearchEntry rows from live pages.

A page's database row holds its published content (drafts live in revisions),
so indexing reads the page itself.
"""

import logging

from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from wagtail.models import Page

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
    from news.models import ArticlePage, PublicationPage

    if isinstance(page, ArticlePage):
        return SearchEntry.Kind.NEWS
    if isinstance(page, PublicationPage):
        return SearchEntry.Kind.PUBLICATION
    return SearchEntry.Kind.PAGE


def _stream_text(page, name):
    try:
        field = page._meta.get_field(name)
    except Exception:
        return ""
    if not hasattr(field, "get_searchable_content"):
        return str(getattr(page, name, "") or "")
    return " ".join(str(piece) for piece in field.get_searchable_content(getattr(page, name)))


def _documents(page):
    from news.models import PublicationPage

    if not isinstance(page, PublicationPage):
        return []
    documents = [page.document] if page.document_id else []
    documents += [annex.document for annex in page.annexes.select_related("document")]
    return documents


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


@transaction.atomic
def index_page(page):
    """Create, refresh or drop the entry of one page, after any change to it."""
    page = Page.objects.filter(pk=page.pk).select_related("locale").first()
    if page is None:
        return None
    page = page.specific
    if not is_indexable(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    texts = page_texts(page)
    entry, _created = SearchEntry.objects.update_or_create(page_id=page.pk, defaults=entry_fields(page, texts))
    vocabulary.add_page_words(entry.language, texts)
    return entry


def update_paths(page):
    """After a move: the moved page's entries and its descendants' follow their new tree paths."""
    subtree = Page.objects.filter(path__startswith=page.path)
    SearchEntry.objects.filter(page__in=subtree).update(
        path=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("path")[:1])
    )


def remove_page(page_id):
    SearchEntry.objects.filter(page_id=page_id).delete()


def pages_using_document(document):
    from news.models import PublicationPage

    return list(
        PublicationPage.objects.live()
        .filter(Q(document=document) | Q(annexes__document=document))
        .values_list("pk", flat=True)
        .distinct()
    )


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
