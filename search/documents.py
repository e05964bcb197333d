"""Text of uploaded PDFs, extracted once per file and cached by its hash.

A document that cannot be read is logged and indexed without its text: it
never stops a page from being published.
"""

import logging

from pypdf import PdfReader

from search.models import DocumentText
from search.text import normalize_text

logger = logging.getLogger(__name__)

# PostgreSQL caps a tsvector at 1 MB; the opening of a long report is what readers search for.
MAX_PAGES = 300
MAX_CHARACTERS = 300_000


def extract_pdf_text(file):
    reader = PdfReader(file)
    pieces, length = [], 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES or length >= MAX_CHARACTERS:
            break
        text = page.extract_text() or ""
        pieces.append(text)
        length += len(text)
    return "\n".join(pieces)[:MAX_CHARACTERS]


def is_pdf(document):
    return (document.filename or "").lower().endswith(".pdf")


def document_text(document):
    """The normalised text of `document`, from the cache when its file has not changed."""
    if document is None or not is_pdf(document):
        return ""
    try:
        file_hash = document.get_file_hash()
    except (OSError, ValueError):
        logger.warning("Document %s: file missing, indexed without its text", document.pk)
        return ""
    cached = DocumentText.objects.filter(document=document).first()
    if cached is not None and cached.file_hash == file_hash:
        return cached.norm_text
    readable = True
    try:
        with document.open_file() as file:
            text = normalize_text(extract_pdf_text(file))
    except Exception:
        # pypdf raises many kinds of errors on damaged files; none may block publishing.
        logger.warning("Document %s (%s) could not be read", document.pk, document.filename, exc_info=True)
        text, readable = "", False
    DocumentText.objects.update_or_create(
        document=document, defaults={"file_hash": file_hash, "norm_text": text, "readable": readable}
    )
    return text
