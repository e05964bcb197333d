"""Background tasks under test: sample tasks, the database backend, and real worker processes."""

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django_tasks import task

ROOT = Path(__file__).resolve().parent.parent
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class ServiceDown(Exception):
    pass


@task()
def always_failing(label):
    raise ServiceDown(f"service unreachable for {label}")


@task()
def failing_once(label):
    # The cache is shared with the test: the first attempt fails, the next ones succeed.
    if cache.add(f"failing-once:{label}", 1):
        raise ServiceDown(f"first attempt of {label}")
    return label


@pytest.fixture
def database_tasks():
    """Tasks go to the database backend (django-tasks-db), with quick retries."""
    with override_settings(TASKS=DATABASE_TASKS, TASK_MAX_ATTEMPTS=3, TASK_RETRY_DELAY=1, TASK_RETRY_MAX_DELAY=60):
        yield


def run_worker_in_process():
    """django-tasks-db's worker loop in this process, until no task is ready (retries deferred are left)."""
    from django_tasks_db.management.commands import db_worker

    # The worker recycles connections between tasks; inside a test's transaction that would close it.
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        db_worker.Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        ).run()


def make_deferred_tasks_due():
    """Brings scheduled retries forward instead of waiting for their backoff."""
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(status="READY", run_after__lt=timezone.now().replace(year=9999)).update(
        run_after=timezone.now()
    )


def database_url():
    """The URL of the database this test runs on, for processes started by the test."""
    settings = connection.settings_dict
    if connection.vendor != "postgresql":
        pytest.skip("worker processes need a database they can share: set DATABASE_URL (PostgreSQL); CI does")
    user = settings.get("USER") or "postgres"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


def process_env(**extra):
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_SETTINGS_MODULE": "site_project.settings.test"}
    env.update({key: str(value) for key, value in extra.items()})
    return env


def start_process(args, env, log_path):
    log = open(log_path, "wb")  # noqa: SIM115 - closed by stop_process
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    process.log = log
    process.log_path = log_path
    return process


def stop_process(process, sig=signal.SIGTERM, timeout=10):
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=timeout)
    process.log.close()


def run_worker_process(tmp_path=None, env=None, timeout=60):
    """`manage.py run_task_worker --batch` in its own process: runs what is ready, then exits."""
    log_dir = Path(tmp_path or tempfile.mkdtemp(prefix="worker-"))
    process = start_process(
        [sys.executable, "manage.py", "run_task_worker", "--batch"],
        env or process_env(TASK_BACKEND="database"),
        log_dir / f"worker-{time.monotonic_ns()}.log",
    )
    try:
        process.wait(timeout=timeout)
    finally:
        stop_process(process)
    output = Path(process.log_path).read_text(errors="replace")
    assert process.returncode == 0, output
    return output


def wait_for(condition, timeout=30, interval=0.05, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {message}")
