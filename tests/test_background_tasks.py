"""Work moved out of requests: run by a worker, retried with backoff, reported when it keeps failing."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.frontend_cache import PurgeBackend, PurgeFailed
from core.models import TaskFailure
from core.tasks import requeue_stale_tasks
from tests.factories import article, bilingual_indexes
from tests.task_support import (
    always_failing,
    failing_once,
    make_deferred_tasks_due,
    run_worker_in_process,
)

pytestmark = pytest.mark.django_db


def test_failing_task_is_retried_with_growing_delays_then_reported_as_failed(database_tasks):
    always_failing.enqueue("annuaire")
    delays = []
    for _attempt in range(3):
        started = timezone.now()
        run_worker_in_process()
        failure = TaskFailure.objects.get()
        if failure.next_attempt_at:
            delays.append(round((failure.next_attempt_at - started).total_seconds()))
        make_deferred_tasks_due()

    assert delays == [1, 2]  # TASK_RETRY_DELAY, then doubled
    assert failure.state == TaskFailure.State.FAILED
    assert failure.attempts == 3
    assert failure.exception_class == "tests.task_support.ServiceDown"
    assert "service unreachable for annuaire" in failure.traceback
    # Three attempts ran, and no fourth is waiting.
    assert DBTaskResult.objects.filter(task_path="tests.task_support.always_failing").count() == 3
    assert not DBTaskResult.objects.ready().exists()


def test_task_that_succeeds_on_retry_is_resolved_and_left_out_of_the_report(client, database_tasks, admin_user):
    failing_once.enqueue("flux")
    run_worker_in_process()
    assert TaskFailure.objects.get().state == TaskFailure.State.RETRYING
    make_deferred_tasks_due()
    run_worker_in_process()

    failure = TaskFailure.objects.get()
    assert failure.state == TaskFailure.State.RESOLVED and failure.resolved_at is not None
    client.force_login(admin_user)
    assert "failing_once" not in client.get(reverse("failed_tasks_report")).content.decode()
    assert "failing_once" in client.get(reverse("failed_tasks_report"), {"state": "all"}).content.decode()


def test_failed_tasks_report_shows_administrators_the_error_and_retries_on_demand(client, database_tasks, admin_user):
    with override_settings(TASK_MAX_ATTEMPTS=1):
        always_failing.enqueue("annuaire")
        run_worker_in_process()
    client.force_login(admin_user)
    html = client.get(reverse("failed_tasks_report")).content.decode()
    assert "always_failing" in html and "tests.task_support.ServiceDown" in html
    assert "Échec définitif" in html and "annuaire" in html
    assert reverse("failed_tasks_report") in client.get("/admin/").content.decode()  # in the Reports menu

    failure = TaskFailure.objects.get()
    response = client.post(reverse("retry_failed_task", args=[failure.pk]), follow=True)
    assert "a été relancée" in response.content.decode()
    assert DBTaskResult.objects.ready().filter(task_path="tests.task_support.always_failing").count() == 1


@pytest.mark.parametrize("role", ["communication", "translator", "moderator"])
def test_failed_tasks_report_is_closed_to_editors(client, role_users, role):
    client.force_login(role_users[role])
    # Wagtail answers a refused admin view with a redirect to the dashboard.
    for response in (client.get(reverse("failed_tasks_report")), client.post(reverse("retry_failed_task", args=[1]))):
        assert (response.status_code, response.url) == (302, "/admin/")
    assert reverse("failed_tasks_report") not in client.get("/admin/").content.decode()


def test_in_process_task_that_fails_is_reported_and_never_blocks_publishing(site_tree, monkeypatch):
    def broken(*args):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr("search.indexing.entry_fields", broken)
    tree = bilingual_indexes(site_tree)
    page = article(tree["fr"]["news"], "Visite de prison")
    assert page.live
    failure = TaskFailure.objects.get(task_path="search.tasks.index_page", arguments__args=[page.pk])
    # The immediate backend cannot defer a retry: the call is reported at once.
    assert failure.state == TaskFailure.State.FAILED and "index unavailable" in failure.traceback


def test_newsletter_confirmation_is_mailed_by_the_worker_with_links_to_the_site(client, site_tree, database_tasks):
    response = client.post("/fr/bulletin/", {"email": "lectrice@example.org", "language": "ar", "consent": "on"})
    assert response.status_code == 302
    assert mail.outbox == []
    run_worker_in_process()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lectrice@example.org"]
    assert "http://testserver/ar/bulletin/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/ar/bulletin/")


def test_failed_purge_raises_so_the_task_is_retried():
    backend = PurgeBackend({"LOCATION": "http://127.0.0.1:8199", "TIMEOUT": 2})
    with pytest.raises(PurgeFailed):
        backend.purge("http://www.example.org/fr/actualites/")


def test_requeue_leaves_recent_running_tasks_alone(database_tasks):
    result = always_failing.enqueue("x")
    DBTaskResult.objects.filter(pk=result.id).update(status="RUNNING", started_at=timezone.now())
    assert requeue_stale_tasks() == 0
    DBTaskResult.objects.filter(pk=result.id).update(started_at=timezone.now() - datetime.timedelta(hours=2))
    assert requeue_stale_tasks() == 1
    assert DBTaskResult.objects.get(pk=result.id).status == "READY"


def test_in_process_retry_from_the_report_resolves_a_call_that_now_succeeds(client, admin_user):
    failing_once.enqueue("immediat")  # the immediate backend: fails once, reported at once
    failure = TaskFailure.objects.get()
    assert failure.state == TaskFailure.State.FAILED
    client.force_login(admin_user)
    client.post(reverse("retry_failed_task", args=[failure.pk]))
    failure.refresh_from_db()
    assert failure.state == TaskFailure.State.RESOLVED
