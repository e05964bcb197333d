"""Background work on Django's task framework (django-tasks, as Wagtail 8 uses it), whatever backend runs it.

TASK_BACKEND chooses the backend: `immediate` runs a task inside the call that enqueues it
(`make run`, tests), `database` stores it for `manage.py db_worker` (django-tasks-db), `redis`
hands it to RQ for `manage.py rqworker` (django-tasks-rq).

Neither backend retries, so this module does, for every task (ours and Wagtail's own): each
failed attempt is recorded in `TaskFailure`, and while attempts remain and the backend can
defer work, the same call is enqueued again after an exponential backoff. A call whose attempts
are spent stays in the admin's report of failed tasks; nothing is dropped silently.
"""

import datetime
import hashlib
import json
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus, task_backends
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.signals import task_finished

logger = logging.getLogger(__name__)


def _runs_with_the_transaction(backend):
    # The immediate backend runs the task right here; the database backend writes it in the
    # current transaction, so it is enqueued with the change that needs it, or not at all.
    from django_tasks_db import DatabaseBackend

    return isinstance(backend, ImmediateBackend | DatabaseBackend)


def enqueue(task, *args, **kwargs):
    """Enqueue `task`; for a backend outside the database, only once the current transaction commits,
    so a worker never looks for rows it cannot see yet."""
    if _runs_with_the_transaction(task.get_backend()):
        return task.enqueue(*args, **kwargs)
    transaction.on_commit(lambda: task.enqueue(*args, **kwargs), robust=True)
    return None


def runs_in_process(task):
    return isinstance(task.get_backend(), ImmediateBackend)


def call_key(task_path, args, kwargs):
    """The identity of one call: a retry of the same task with the same arguments is the same call."""
    payload = json.dumps([task_path, list(args), kwargs], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def retry_delay(attempts):
    """Seconds before the next attempt after `attempts` failures: TASK_RETRY_DELAY, doubled each time."""
    delay = settings.TASK_RETRY_DELAY * 2 ** max(attempts - 1, 0)
    return min(delay, settings.TASK_RETRY_MAX_DELAY)


def record_failure(task_result):
    """Counts a failed attempt and schedules the next one while attempts remain."""
    from core.models import TaskFailure

    task = task_result.task
    backend = task_backends[task_result.backend]
    args, kwargs = list(task_result.args), dict(task_result.kwargs)
    error = task_result.errors[-1] if task_result.errors else None
    now = timezone.now()
    with transaction.atomic():
        failure, _created = TaskFailure.objects.select_for_update().get_or_create(
            call_key=call_key(task.module_path, args, kwargs),
            defaults={
                "task_path": task.module_path,
                "arguments": {"args": args, "kwargs": kwargs},
                "backend": task_result.backend,
                "last_failed_at": now,
            },
        )
        if failure.state == TaskFailure.State.RESOLVED:
            failure.attempts = 0
            failure.first_failed_at = now
            failure.resolved_at = None
        failure.attempts += 1
        failure.last_failed_at = now
        failure.exception_class = error.exception_class_path[:255] if error else ""
        failure.traceback = error.traceback if error else ""
        failure.state = TaskFailure.State.FAILED
        failure.next_attempt_at = None
        if failure.attempts < settings.TASK_MAX_ATTEMPTS and backend.supports_defer:
            run_after = now + datetime.timedelta(seconds=retry_delay(failure.attempts))
            try:
                task.using(run_after=run_after).enqueue(*args, **kwargs)
            except Exception:
                logger.exception("Task %s could not be enqueued again", task.module_path)
            else:
                failure.state = TaskFailure.State.RETRYING
                failure.next_attempt_at = run_after
        failure.save()
    return failure


def record_success(task_result):
    from core.models import TaskFailure

    key = call_key(task_result.task.module_path, list(task_result.args), dict(task_result.kwargs))
    TaskFailure.objects.filter(call_key=key).exclude(state=TaskFailure.State.RESOLVED).update(
        state=TaskFailure.State.RESOLVED, resolved_at=timezone.now(), next_attempt_at=None
    )


def on_task_finished(sender, task_result, **kwargs):
    try:
        if task_result.status == TaskResultStatus.FAILED:
            record_failure(task_result)
        elif not isinstance(task_backends[task_result.backend], ImmediateBackend):
            # In-process tasks are never retried, so there is nothing to resolve (and no query to pay).
            record_success(task_result)
    except Exception:
        # The report must never take the worker down with it.
        logger.exception("Task outcome of %s could not be recorded", task_result.task.module_path)


def retry_now(failure):
    """Enqueues a failed call again at once, from the report; its row stays until the attempt ends."""
    from django.utils.module_loading import import_string

    from core.models import TaskFailure

    task = import_string(failure.task_path)
    failure.state = TaskFailure.State.RETRYING
    failure.next_attempt_at = timezone.now()
    failure.save(update_fields=["state", "next_attempt_at"])
    arguments = failure.arguments or {}
    result = enqueue(task, *arguments.get("args", []), **arguments.get("kwargs", {}))
    if result is not None and result.status == TaskResultStatus.SUCCESSFUL:
        # Run at once by the immediate backend, whose successes are otherwise not looked at.
        record_success(result)
    return result


def requeue_stale_tasks(older_than=None):
    """Database backend: tasks left running by a worker that died are made ready again.

    A worker killed mid-task leaves its row RUNNING for ever; our tasks write in one
    transaction and are safe to run again. Returns the number of tasks requeued.
    """
    from django_tasks_db.models import DBTaskResult

    seconds = settings.TASK_STALE_AFTER if older_than is None else older_than
    cutoff = timezone.now() - datetime.timedelta(seconds=seconds)
    stale = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff)
    count = stale.update(status=TaskResultStatus.READY, started_at=None)
    if count:
        logger.warning("%s task(s) left running by a stopped worker were made ready again", count)
    return count


def oldest_waiting_age(backend=None):
    """Seconds the oldest task ready to run has waited for a worker (0 when none waits)."""
    from django_tasks_db import DatabaseBackend

    backend = backend or task_backends["default"]
    now = timezone.now()
    if isinstance(backend, DatabaseBackend):
        from django_tasks_db.models import DBTaskResult

        oldest = DBTaskResult.objects.ready().filter(backend_name=backend.alias).order_by("enqueued_at").first()
        if oldest is None:
            return 0.0
        due = oldest.enqueued_at
        if oldest.run_after and oldest.run_after.year < 9999:
            due = max(due, oldest.run_after)
        return max((now - due).total_seconds(), 0.0)
    if backend.__class__.__name__ == "RQBackend":
        import django_rq

        ages = []
        for name in backend.queues:
            queue = django_rq.get_queue(name)
            job_ids = queue.get_job_ids(0, 1)
            job = queue.fetch_job(job_ids[0]) if job_ids else None
            if job is not None and job.enqueued_at is not None:
                enqueued = job.enqueued_at
                if timezone.is_naive(enqueued):
                    enqueued = timezone.make_aware(enqueued, datetime.UTC)
                ages.append(max((now - enqueued).total_seconds(), 0.0))
        return max(ages, default=0.0)
    return 0.0


def connect_signals():
    task_finished.connect(on_task_finished, dispatch_uid="core.tasks.on_task_finished")
