"""`/health/` tells a load balancer whether this app server can serve: database, cache, task queue."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.task_support import always_failing

pytestmark = pytest.mark.django_db


def health(client, **params):
    return client.get("/health/", {"format": "json", **params})


def test_healthy_site_answers_200_never_cached_and_without_language_prefix(client):
    response = health(client)
    assert response.status_code == 200
    assert response.json() == {"Database(alias='default')": "OK", "Cache(alias='default')": "OK", "TaskQueue()": "OK"}
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
    assert "Set-Cookie" not in response


def test_html_answer_for_people(client):
    response = client.get("/health/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and "TaskQueue" in response.content.decode()


def test_unreachable_cache_makes_the_server_unhealthy(client):
    closed_port = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:8198/13"}
    }
    with override_settings(CACHES=closed_port):
        response = health(client)
    assert response.status_code == 500
    assert response.json()["Cache(alias='default')"] != "OK"
    assert response.json()["Database(alias='default')"] == "OK"


def test_task_waiting_longer_than_the_limit_makes_the_queue_unhealthy(client, database_tasks, settings):
    settings.TASK_QUEUE_MAX_AGE = 300
    result = always_failing.enqueue("vieille")
    assert health(client).status_code == 200  # a fresh task is fine

    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - datetime.timedelta(minutes=10))
    response = health(client)
    assert response.status_code == 500
    assert "Oldest task has waited 600 s" in response.json()["TaskQueue()"]


def test_task_deferred_for_a_retry_is_not_counted_as_waiting(client, database_tasks, settings):
    settings.TASK_QUEUE_MAX_AGE = 300
    later = timezone.now() + datetime.timedelta(minutes=30)
    always_failing.using(run_after=later).enqueue("plus tard")
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=1))
    assert health(client).status_code == 200
