"""The minimal-Django ceiling of bench/load.py: one view returning stored bytes, nothing else.

    LOAD_BENCH_PAGES=DIR gunicorn -c deploy/gunicorn.conf.py bench.load_ceiling:application

Serves DIR/NAME.html at /NAME.html as `text/html`, with no middleware, no database, no
template: what Django and gunicorn cost for the same bytes the site sends.
"""

import os
from pathlib import Path

from django.conf import settings

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    SECRET_KEY="load-ceiling-bench",
    USE_I18N=False,
)

import django  # noqa: E402

django.setup()

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import Http404, HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402

PAGES = {page.name: page.read_bytes() for page in Path(os.environ["LOAD_BENCH_PAGES"]).glob("*.html")}


def page(request, name):
    try:
        body = PAGES[name]
    except KeyError:
        raise Http404(name) from None
    return HttpResponse(body, content_type="text/html; charset=utf-8")


urlpatterns = [path("<str:name>", page)]
application = get_wsgi_application()
