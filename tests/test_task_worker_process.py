"""Real worker processes on the database backend: publishing never waits for a PDF, and a killed worker
never leaves a page half-indexed. They share the test's PostgreSQL database (CI runs them there)."""

import signal
import sys

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from core.tasks import requeue_stale_tasks
from search import documents
from search.models import DocumentText, SearchEntry
from search.text import normalize_text
from tests.factories import bilingual_indexes, make_document, pdf_bytes, publication
from tests.task_support import (
    DATABASE_TASKS,
    process_env,
    run_worker_process,
    start_process,
    stop_process,
    wait_for,
)

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def found_titles(client, q):
    return [hit.entry.title for hit in client.get("/fr/recherche/", {"q": q}).context["results"].hits]


def test_publish_returns_before_the_pdf_is_read_then_a_worker_process_indexes_it(
    on_postgres, client, site_tree, tmp_path, monkeypatch
):
    env = process_env(TASK_BACKEND="database")  # skips on SQLite: a worker process needs a shared database
    tree = bilingual_indexes(site_tree)
    read = []
    monkeypatch.setattr(documents, "extract_pdf_text", lambda file: read.append(file) or "")
    with override_settings(TASKS=DATABASE_TASKS):
        doc = make_document("Rapport", content=pdf_bytes("Surpopulation carcerale"))
        page = publication(tree["fr"]["publications"], "Rapport annuel", document=doc)

    assert page.live
    assert read == []  # nothing read the PDF while publishing
    assert not DocumentText.objects.exists() and not SearchEntry.objects.filter(page=page).exists()
    assert DBTaskResult.objects.ready().filter(task_path="search.tasks.index_page").exists()

    run_worker_process(tmp_path, env)
    assert found_titles(client, "surpopulation") == ["Rapport annuel"]
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_worker_killed_while_indexing_leaves_the_previous_entry_whole_and_the_task_is_run_again(
    on_postgres, client, site_tree, tmp_path
):
    env = process_env(TASK_BACKEND="database", PAUSE_MARKER=tmp_path / "paused")
    tree = bilingual_indexes(site_tree)
    doc = make_document("Rapport", content=pdf_bytes("Premiere version"))
    page = publication(tree["fr"]["publications"], "Rapport provisoire", document=doc)
    assert found_titles(client, "premiere version") == ["Rapport provisoire"]

    with override_settings(TASKS=DATABASE_TASKS):
        page.title = "Rapport définitif"
        page.save_revision().publish()
    worker = start_process([sys.executable, "-m", "tests.worker_paused_in_index"], env, tmp_path / "paused.log")
    try:
        wait_for((tmp_path / "paused").exists, message="the worker to write the entry")
    finally:
        stop_process(worker, sig=signal.SIGKILL)

    entry = SearchEntry.objects.get(page=page)
    assert entry.title == "Rapport provisoire" and normalize_text("Premiere version") in entry.norm_document
    stuck = DBTaskResult.objects.get(task_path="search.tasks.index_page", status="RUNNING")
    assert requeue_stale_tasks(older_than=0) == 1

    run_worker_process(tmp_path, env)
    stuck.refresh_from_db()
    assert stuck.status == "SUCCESSFUL"
    assert found_titles(client, "premiere version") == ["Rapport définitif"]
