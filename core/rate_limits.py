"""Counters in the shared cache: how many times a client or an address may do something in a window.

A limit that stands between the internet and a mail server fails closed: when the cache
cannot be reached, `check` answers UNAVAILABLE and the caller refuses with a clear message.
"""

import enum
import hashlib
import logging

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)


class Verdict(enum.Enum):
    ALLOWED = "allowed"
    LIMITED = "limited"
    UNAVAILABLE = "unavailable"


def _key(scope, kind, value):
    # Hashed: no address in the cache, and any value makes a valid cache key.
    return f"rate:{scope}:{kind}:{hashlib.sha256(value.encode()).hexdigest()}"


def _cache():
    # The strict "limits" cache where one is configured (Redis in production), else the default one.
    return caches["limits"] if "limits" in settings.CACHES else caches["default"]


def _count(key, window):
    cache = _cache()
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def check(scope, counters, window):
    """Counts one attempt on each counter; `counters` maps a kind to `(value, limit)`.

    LIMITED once any counter is over its limit, UNAVAILABLE when the cache does not answer.
    """
    try:
        counts = {kind: _count(_key(scope, kind, value or "unknown"), window) for kind, (value, _) in counters.items()}
    except Exception:
        logger.warning("Rate limit %s: the cache does not answer; refusing", scope, exc_info=True)
        return Verdict.UNAVAILABLE
    if any(counts[kind] > limit for kind, (_value, limit) in counters.items()):
        return Verdict.LIMITED
    return Verdict.ALLOWED
