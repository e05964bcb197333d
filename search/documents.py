"""Text of uploaded PDFs, extracted once per file and cached by its hash.

Extraction runs in a child process under CPU-time, memory and wall-clock limits
(`PDF_TEXT_LIMITS`, search/pdf_text.py). A document that cannot be read, or that
exceeds a limit, is logged and recorded as unreadable for its file hash: it is not
tried again until its file changes, and it never stops a page from being published.
"""

import logging
import subprocess
import sys

from django.conf import settings

from search.models import DocumentText
from search.pdf_text import MAX_CHARACTERS, MAX_PAGES, extract_pdf_text  # noqa: F401
from search.text import normalize_text

logger = logging.getLogger(__name__)

DEFAULT_LIMITS = {"cpu_seconds": 20, "memory_mb": 768, "wall_seconds": 40}


class UnreadableDocument(Exception):
    pass


def _limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "PDF_TEXT_LIMITS", {})}


def extract_text_in_child(data):
    """The text of the PDF `data` (bytes), read by a child process; UnreadableDocument past a limit or on error."""
    limits = _limits()
    command = [
        sys.executable,
        "-m",
        "search.pdf_text",
        str(int(limits["cpu_seconds"])),
        str(int(limits["memory_mb"]) * 1024 * 1024),
    ]
    try:
        result = subprocess.run(
            command,
            input=data,
            capture_output=True,
            timeout=limits["wall_seconds"],
            cwd=settings.BASE_DIR,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(settings.BASE_DIR), "PYTHONIOENCODING": "utf-8"},
        )
    except subprocess.TimeoutExpired as exc:  # run() has killed the child
        raise UnreadableDocument(f"over the {limits['wall_seconds']} s wall-clock limit") from exc
    if result.returncode != 0:
        reason = f"exit status {result.returncode}" if result.returncode > 0 else f"signal {-result.returncode}"
        last_line = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise UnreadableDocument(f"{reason} {last_line[0]}".strip())
    return result.stdout.decode("utf-8", "replace")


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
            text = normalize_text(extract_text_in_child(file.read()))
    except (UnreadableDocument, OSError) as exc:
        logger.warning("Document %s (%s) could not be read: %s", document.pk, document.filename, exc)
        text, readable = "", False
    DocumentText.objects.update_or_create(
        document=document, defaults={"file_hash": file_hash, "norm_text": text, "readable": readable}
    )
    return text
