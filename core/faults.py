"""What a reader gets when the database does not answer: a 503 that says so, in both languages.

Django turns any exception into the 500 handler's response; the handler asks
`database_unavailable` whether the exception in flight is the database being out of
reach, and then answers with `unavailable_response` instead. The page is rendered
from a template that needs no query (no menu, no footer from the database), says
when to come back (Retry-After) and is never cached. Django reconnects on the next
request once the database is back (CONN_HEALTH_CHECKS), so no restart is needed.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.template import loader

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 60


def database_unavailable(exc=None):
    exc = exc if exc is not None else sys.exc_info()[1]
    while exc is not None:
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def unavailable_response(request):
    from django.http import HttpResponse

    logger.warning("Database unavailable: answering 503 to %s", request.path)
    response = HttpResponse(loader.get_template("503.html").render({}, request), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
