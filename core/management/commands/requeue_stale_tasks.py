from django.core.management.base import BaseCommand

from core.tasks import requeue_stale_tasks


class Command(BaseCommand):
    help = "Database task backend: make tasks left running by a stopped worker ready again (run before workers start)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=None, help="Seconds a task must have run (default: TASK_STALE_AFTER)."
        )

    def handle(self, *args, older_than=None, **options):
        count = requeue_stale_tasks(older_than)
        self.stdout.write(f"{count} task(s) made ready again")
