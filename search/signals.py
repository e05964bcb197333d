"""Keeps the site search current as editors publish, unpublish, move and replace documents.

The work runs as background tasks (search/tasks.py): publishing never waits for a PDF to be read.
Deleted pages take their entry with them (the foreign key cascades).
"""

import logging

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.tasks import enqueue
from search import indexing, tasks

logger = logging.getLogger(__name__)


def _safely(action, *args):
    # A search index problem must never stop an editor from publishing.
    try:
        action(*args)
    except Exception:
        logger.exception("Site search index could not be updated")


def on_page_published(sender, instance, **kwargs):
    _safely(enqueue, tasks.index_page, instance.pk)


def on_page_unpublished(sender, instance, **kwargs):
    _safely(enqueue, tasks.remove_page, instance.pk)


def on_page_moved(sender, instance, **kwargs):
    _safely(enqueue, tasks.update_paths, instance.pk)


def on_document_saved(sender, instance, update_fields=None, **kwargs):
    # Wagtail saves the hash and size it computes lazily; the file itself has not changed then.
    if update_fields and set(update_fields) <= {"file_hash", "file_size"}:
        return
    transaction.on_commit(lambda: _safely(enqueue, tasks.index_document, instance.pk))


def on_document_deleted(sender, instance, **kwargs):
    page_ids = indexing.pages_using_document(instance)
    transaction.on_commit(lambda: _safely(enqueue, tasks.index_pages, page_ids))


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    document_model = get_document_model()
    post_save.connect(on_document_saved, sender=document_model, dispatch_uid="search_document_saved")
    pre_delete.connect(on_document_deleted, sender=document_model, dispatch_uid="search_document_deleted")
