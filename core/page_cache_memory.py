"""The page cache's first level: the pages a process served last, kept in its memory.

A hit in Redis costs a network round trip (and Redis' own work) for every reader; on this
2-core machine that was most of what a cached page cost (bench/page_cache_hit.py). Each
process therefore keeps the last pages it served, up to PAGE_CACHE_MEMORY_BYTES, and listens
on a Redis channel where every purge is announced (core.page_cache.purge). Before answering
from memory it reads what has arrived on that channel, without waiting (a poll, not a round
trip), and any announcement empties its memory: the next reader of each page gets it from
Redis, under the new versions.

Why an announcement is never missed: a purge writes the new versions, then announces;
Redis hands the announcement to every listener before it answers the purger, so a process
asked for a page after a purge (a reader, or Varnish refetching what the purge dropped) has
it waiting in its socket. While the channel is not listened to (no Redis, Redis down, the
subscription lost), memory is neither read nor filled, and pages come from Redis or are
computed, as before; when listening starts again, memory starts empty, since announcements
may have been missed.
"""

import os
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache, caches
from django.core.signals import setting_changed
from django.dispatch import receiver

from core.cache import OUTAGE, RETRY_AFTER, ResilientRedisCache

CHANNEL = "page-cache-purges"


class PageMemory:
    def __init__(self):
        self._lock = threading.Lock()
        self._pages = OrderedDict()
        self._size = 0
        self._pid = None
        self._subscription = None
        self._retry_at = 0.0
        self._reconnected = False
        # Bumped each time memory is emptied: a page read from Redis before an emptying is not kept.
        self.epoch = 0

    @staticmethod
    def enabled():
        return settings.PAGE_CACHE_MEMORY_BYTES > 0 and isinstance(caches["default"], ResilientRedisCache)

    def get(self, key):
        """The page stored under key, if memory holds it and no purge announced since says otherwise."""
        if not self.enabled():
            return None
        with self._lock:
            if not self._listening():
                return None
            frozen = self._pages.get(key)
            if frozen is not None:
                self._pages.move_to_end(key)
            return frozen

    def put(self, key, frozen, epoch):
        """Keeps a page read or made under the versions current at `epoch`, unless memory was emptied since."""
        size = len(frozen[1])
        if not self.enabled() or size > settings.PAGE_CACHE_MEMORY_BYTES // 4:
            return
        with self._lock:
            # Read the announcements first: one that arrived since `epoch` empties memory and bumps it.
            if not self._listening() or epoch != self.epoch:
                return
            if key in self._pages:
                self._size -= len(self._pages.pop(key)[1])
            self._pages[key] = frozen
            self._size += size
            while self._size > settings.PAGE_CACHE_MEMORY_BYTES:
                _key, dropped = self._pages.popitem(last=False)
                self._size -= len(dropped[1])

    def empty(self):
        with self._lock:
            self._empty()

    def _empty(self):
        self._pages.clear()
        self._size = 0
        self.epoch += 1

    def _listening(self):
        """True while this process listens to the purges and has read every one that arrived."""
        if self._pid != os.getpid():
            # A forked process: the parent's subscription and pages are not its own.
            self._pid, self._subscription = os.getpid(), None
            self._empty()
        if self._subscription is None:
            if time.monotonic() < self._retry_at:
                return False
            self._subscription = cache.subscribe(CHANNEL)
            if self._subscription is None:
                self._retry_at = time.monotonic() + RETRY_AFTER
                return False
            # redis-py reconnects and subscribes again by itself: what was announced meanwhile is lost.
            self._subscription.connection.register_connect_callback(self._on_reconnect)
            self._empty()
        try:
            while self._subscription.get_message(ignore_subscribe_messages=True, timeout=0) is not None:
                self._empty()
        except OUTAGE:
            self._drop_subscription()
            return False
        if self._reconnected:
            self._reconnected = False
            self._empty()
        return True

    def _on_reconnect(self, connection):
        self._reconnected = True

    def _drop_subscription(self, retry_after=RETRY_AFTER):
        if self._subscription is not None:
            try:
                if self._subscription.connection is not None:
                    self._subscription.connection.deregister_connect_callback(self._on_reconnect)
                self._subscription.close()
            except OUTAGE:
                pass
        self._subscription = None
        self._retry_at = time.monotonic() + retry_after
        self._empty()

    def reset(self):
        """Forgets the subscription and the pages: the cache they came from is no longer the one configured."""
        with self._lock:
            self._drop_subscription(retry_after=0)


memory = PageMemory()


@receiver(setting_changed)
def _cache_settings_changed(setting, **kwargs):
    if setting in ("CACHES", "PAGE_CACHE_MEMORY_BYTES"):
        memory.reset()


def announce_purge():
    """Tells every process's memory to empty itself (this one's at once)."""
    memory.empty()
    if PageMemory.enabled():
        cache.publish(CHANNEL)
