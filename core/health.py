"""`/health/` for load balancers and monitoring: database, cache and task queue (django-health-check).

Answers 200 when every check passes, 500 otherwise; never cached; JSON with `?format=json`.
"""

import dataclasses

from asgiref.sync import sync_to_async
from django.conf import settings
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

from core.tasks import oldest_waiting_age


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """The oldest task ready to run has waited less than TASK_QUEUE_MAX_AGE: workers keep up."""

    async def run(self):
        try:
            # The request's own thread and database connection, as Django runs sync code from async views.
            age = await sync_to_async(oldest_waiting_age)()
        except Exception as error:
            raise ServiceUnavailable("Task queue unreachable") from error
        if age > settings.TASK_QUEUE_MAX_AGE:
            raise ServiceUnavailable(f"Oldest task has waited {age:.0f} s (limit {settings.TASK_QUEUE_MAX_AGE} s)")


health = HealthCheckView.as_view(
    checks=["health_check.checks.Database", "health_check.checks.Cache", "core.health.TaskQueue"],
)
