"""The Redis backend (django-tasks-rq): RQ worker processes run what app servers enqueue, retry what
fails through RQ's scheduler, and /health/ reads the queue's age. Needs PostgreSQL and Redis (CI has both)."""

import datetime
import os
import time

import pytest
from django.test import override_settings
from django.utils import timezone

from core.models import TaskFailure
from search.models import SearchEntry
from tests.factories import article, bilingual_indexes
from tests.task_support import always_failing, process_env, run_worker_process

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REDIS_TASKS_URL = os.environ.get("TASK_REDIS_TEST_URL", "redis://127.0.0.1:6379/13")
RQ_TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}


@pytest.fixture
def rq_queue():
    import django_rq
    import redis

    try:
        redis.Redis.from_url(REDIS_TASKS_URL).ping()
    except redis.ConnectionError:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Redis is not reachable at {REDIS_TASKS_URL} in CI", pytrace=False)
        pytest.skip(f"Redis is not reachable at {REDIS_TASKS_URL}")
    with override_settings(TASKS=RQ_TASKS, RQ_QUEUES={"default": {"URL": REDIS_TASKS_URL}}, TASK_MAX_ATTEMPTS=2):
        queue = django_rq.get_queue("default")
        queue.empty()
        for registry in (queue.scheduled_job_registry, queue.failed_job_registry, queue.finished_job_registry):
            for job_id in registry.get_job_ids():
                registry.remove(job_id, delete_job=True)
        yield queue
        queue.empty()


def test_rq_worker_indexes_a_published_page_and_retries_a_failing_task(on_postgres, client, site_tree, rq_queue):
    env = process_env(TASK_BACKEND="redis", TASK_REDIS_URL=REDIS_TASKS_URL, TASK_RETRY_DELAY=1, TASK_MAX_ATTEMPTS=2)
    tree = bilingual_indexes(site_tree)
    page = article(tree["fr"]["news"], "Visite du centre de rétention", publish=False)
    page.save_revision().publish()
    always_failing.enqueue("annuaire")
    assert rq_queue.count >= 2 and not SearchEntry.objects.filter(page=page).exists()

    # The queue's age is what /health/ reports: a job waiting ten minutes makes it fail.
    oldest = rq_queue.fetch_job(rq_queue.get_job_ids(0, 1)[0])
    oldest.enqueued_at = timezone.now() - datetime.timedelta(minutes=10)
    oldest.save()
    with override_settings(TASK_QUEUE_MAX_AGE=300):
        assert client.get("/health/", {"format": "json"}).status_code == 500
        oldest.enqueued_at = timezone.now()
        oldest.save()
        assert client.get("/health/", {"format": "json"}).status_code == 200

    run_worker_process(env=env)
    assert SearchEntry.objects.get(page=page).title == "Visite du centre de rétention"
    failure = TaskFailure.objects.get(task_path=always_failing.module_path)
    assert (failure.state, failure.attempts) == (TaskFailure.State.RETRYING, 1)
    assert rq_queue.scheduled_job_registry.count == 1  # the retry, held by RQ's scheduler

    time.sleep(max((failure.next_attempt_at - timezone.now()).total_seconds(), 0) + 0.2)
    run_worker_process(env=env)
    failure.refresh_from_db()
    assert (failure.state, failure.attempts) == (TaskFailure.State.FAILED, 2)
    assert rq_queue.scheduled_job_registry.count == 0 and rq_queue.count == 0
