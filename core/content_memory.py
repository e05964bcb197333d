"""The content cache's values a process read last, kept in its memory.

Every key of the content cache names the content generation it was computed under, and the
generation is read from the shared cache once per request, so a value found here under the
current generation's key is exactly what Redis would answer: a publication anywhere moves the
generation and no key of the old one is asked for again. Keeping the values here saves a
Redis round trip and its reply for each (an article read about ten). Values are kept pickled
and unpickled for each request, so no request sees objects another one changed. At most
CONTENT_MEMORY_BYTES (default 8 MiB), the least recently read dropped first; no value kept
past its cache timeout.
"""

import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings

MISSING = object()


class ContentMemory:
    def __init__(self):
        self._lock = threading.Lock()
        self._values = OrderedDict()  # key: (expires, pickled value)
        self._size = 0

    @staticmethod
    def budget():
        return getattr(settings, "CONTENT_MEMORY_BYTES", 8 * 1024 * 1024)

    def get(self, key):
        with self._lock:
            kept = self._values.get(key)
            if kept is None:
                return MISSING
            expires, blob = kept
            if expires < time.monotonic():
                self._drop(key)
                return MISSING
            self._values.move_to_end(key)
        return pickle.loads(blob)

    def put(self, key, value, timeout):
        budget = self.budget()
        if budget <= 0:
            return
        blob = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(blob) > budget // 8:
            return  # one large value (a sitemap) must not push out everything else
        with self._lock:
            if key in self._values:
                self._drop(key)
            self._values[key] = (time.monotonic() + timeout, blob)
            self._size += len(blob)
            while self._size > budget:
                self._drop(next(iter(self._values)))

    def _drop(self, key):
        _expires, blob = self._values.pop(key)
        self._size -= len(blob)


memory = ContentMemory()
