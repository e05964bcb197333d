"""The site's WSGI application with /media/ served by WhiteNoise, for benchmarks run without nginx."""

from django.conf import settings
from whitenoise import WhiteNoise

from site_project.wsgi import application as site

# autorefresh: renditions are written while the benchmark runs, after this module is loaded.
application = WhiteNoise(site, autorefresh=True)
application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
