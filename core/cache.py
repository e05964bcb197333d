"""A Redis cache that a Redis outage turns into a cache miss instead of an error page.

Cached content (fragments, counts, generations) is an optimisation: when Redis does not
answer, reads miss, writes are dropped and pages are computed afresh. After a failure the
process leaves Redis alone for RETRY_AFTER seconds, so an unreachable server costs one
connect timeout, not one per cache call. Counters that protect something (core.rate_limits)
use the strict "limits" cache, which raises and so fails closed.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)
RETRY_AFTER = 5.0


class ResilientRedisCache(RedisCache):
    _down_until = 0.0

    def _call(self, method, fallback, *args, **kwargs):
        if time.monotonic() < ResilientRedisCache._down_until:
            return fallback()
        try:
            return getattr(super(), method)(*args, **kwargs)
        except OUTAGE:
            if time.monotonic() >= ResilientRedisCache._down_until:
                logger.warning("Redis cache unavailable; pages are served without it for now", exc_info=True)
            ResilientRedisCache._down_until = time.monotonic() + RETRY_AFTER
            return fallback()

    def get(self, key, default=None, version=None):
        return self._call("get", lambda: default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", dict, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", lambda: False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", lambda: None, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", lambda: False, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", lambda: list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", lambda: False, key, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", lambda: None, keys, version)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found")

        return self._call("incr", missing, key, delta, version)

    def clear(self):
        return self._call("clear", lambda: False)
