"""A Redis cache that a Redis outage turns into a cache miss instead of an error page.

Cached content (fragments, counts, generations) is an optimisation: when Redis does not
answer, reads miss, writes are dropped and pages are computed afresh. After a failure the
process leaves Redis alone for RETRY_AFTER seconds, so an unreachable server costs one
connect timeout, not one per cache call. Counters that protect something (core.rate_limits)
use the strict "limits" cache, which raises and so fails closed.

Both keep one Redis client per connection pool. Django's RedisCacheClient builds a new
`redis.Redis` object for every cache call, and building one fills its table of ~170 reply
callbacks: on a page-cache hit that was a quarter of the time the process spent
(bench/page_cache_hit.py). A client shares its pool and is safe across threads.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)
RETRY_AFTER = 5.0


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class SharedClientRedisCache(RedisCache):
    """Django's Redis cache, with one client per connection pool instead of one per call."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient


class ResilientRedisCache(SharedClientRedisCache):
    _down_until = 0.0

    def _call(self, method, fallback, *args, **kwargs):
        return self._guarded(getattr(super(), method), fallback, *args, **kwargs)

    def _guarded(self, function, fallback, *args, **kwargs):
        if time.monotonic() < ResilientRedisCache._down_until:
            return fallback()
        try:
            return function(*args, **kwargs)
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

    def publish(self, channel, message=""):
        """Announces on a channel of this cache's Redis (named with the cache's key prefix); False when down."""
        return self._guarded(self._publish, lambda: False, channel, message)

    def _publish(self, channel, message):
        self._cache.get_client(write=True).publish(self.make_key(channel), message)
        return True

    def subscribe(self, channel):
        """A subscription to a channel (redis-py PubSub), confirmed by the server; None when down."""
        return self._guarded(self._subscribe, lambda: None, channel)

    def _subscribe(self, channel):
        pubsub = self._cache.get_client(write=True).pubsub()
        try:
            pubsub.subscribe(self.make_key(channel))
            confirmed = pubsub.get_message(timeout=self._cache._pool_options.get("socket_timeout") or 1)
        except BaseException:
            pubsub.close()
            raise
        if not confirmed or confirmed["type"] != "subscribe":
            pubsub.close()
            raise RedisConnectionError("the subscription was not confirmed")
        return pubsub
