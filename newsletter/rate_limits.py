"""Counters in the shared cache: how many sign-ups an address or a network address may make per hour."""

import hashlib

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 3600


def _limit(kind):
    return settings.NEWSLETTER_RATE_LIMITS[kind]


def _key(kind, value):
    # Hashed: no address in the cache, and any value makes a valid cache key.
    return f"newsletter:rate:{kind}:{hashlib.sha256(value.encode()).hexdigest()}"


def _hit(kind, value):
    key = _key(kind, value)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        count = 1
    return count <= _limit(kind)


def allow_sign_up(ip, email):
    """Counts one attempt; False once either the network address or the e-mail address is over its limit."""
    ip_allowed = _hit("ip", ip or "unknown")
    address_allowed = _hit("address", email)
    return ip_allowed and address_allowed
