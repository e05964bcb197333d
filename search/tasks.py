"""Site search work run by the task worker, out of the editor's request (see core/tasks.py)."""

from django_tasks import task
from wagtail.documents import get_document_model

from search import indexing
from search.documents import document_text


@task()
def index_page(page_id):
    """Reads the page's documents (their text is cached by file hash), then writes its entry in one transaction."""
    indexing.index_page_id(page_id)


@task()
def remove_page(page_id):
    indexing.remove_page(page_id)


@task()
def update_paths(page_id):
    indexing.update_paths_of(page_id)


@task()
def index_document(document_id):
    """A new or replaced file: its text is read now, then every live page that offers it is indexed again."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return
    document_text(document)
    indexing.index_pages_using_document(document)


@task()
def index_pages(page_ids):
    indexing.index_page_ids(page_ids)
