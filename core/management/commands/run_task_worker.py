"""One task worker for whichever backend TASK_BACKEND names: what systemd, `make serve` and the container run."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Run a background task worker for TASK_BACKEND (database: db_worker; redis: RQ's rqworker)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Run the tasks that are ready, then exit.")

    def handle(self, *args, batch=False, verbosity=1, **options):
        backend = settings.TASK_BACKEND
        if backend == "database":
            arguments = ["--queue-name", "default", "--no-reload", "--interval", "1"]
            if batch:
                arguments += ["--batch", "--no-startup-delay"]
            call_command("db_worker", *arguments, verbosity=verbosity)
        elif backend == "redis":
            # RQ's scheduler moves deferred tasks (retries) onto the queue when they are due.
            arguments = ["default", "--job-class", "django_tasks_rq.Job", "--with-scheduler"]
            call_command("rqworker", *arguments, *(["--burst"] if batch else []), verbosity=verbosity)
        else:
            raise CommandError("TASK_BACKEND is immediate: tasks run where they are enqueued, no worker is needed.")
