"""Front-cache purges (Varnish) that fail loudly, so the task framework retries them.

Wagtail's HTTP backend logs a failed purge and returns: the purge task then counts as a
success and a stale page stays in the cache. This backend raises instead.
"""

from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest


class PurgeFailed(Exception):
    pass


class PurgeBackend(HTTPBackend):
    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", 10))
        super().__init__(params)

    def purge(self, url):
        parsed = urlsplit(url)
        host = parsed.hostname + (f":{parsed.port}" if parsed.port else "")
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parsed.path, parsed.query, parsed.fragment]),
            headers={"Host": host, "User-Agent": "Wagtail-frontendcache/" + __version__},
        )
        try:
            # The scheme and host are the configured FRONTEND_CACHE_PURGE_URL, never user input.
            with urlopen(request, timeout=self.timeout):  # noqa: S310
                pass
        except (URLError, OSError) as error:
            raise PurgeFailed(f"Could not purge {url}: {error}") from error
