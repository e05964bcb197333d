"""A database-backend worker that stops dead in the middle of indexing a page, for the crash test.

It writes the search entry, tells the test through PAUSE_MARKER, then waits inside the
still-open transaction until the test kills it.
"""

import os
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.test")
django.setup()

from django.core.management import call_command  # noqa: E402

from search import indexing  # noqa: E402

write_entry = indexing.SearchEntry.objects.update_or_create


def write_then_wait(*args, **kwargs):
    result = write_entry(*args, **kwargs)
    Path(os.environ["PAUSE_MARKER"]).write_text("entry written, transaction open")
    time.sleep(120)
    return result


indexing.SearchEntry.objects.update_or_create = write_then_wait

call_command("db_worker", "--no-startup-delay", "--interval", "0", "--no-reload", "--batch")
