"""The address of the client behind our own reverse proxies, and nothing a client could choose.

`TRUSTED_PROXIES` (networks, e.g. `127.0.0.1/32,10.0.0.0/8`) lists the proxies in front of
the app servers. X-Forwarded-For is read only when the connection comes from one of them,
and then from the right: each hop added by a trusted proxy is skipped, and the first
address that is not a trusted proxy is the client. Entries further left were written by
the client itself and are never believed. With no trusted proxy, REMOTE_ADDR is the answer.

django-ipware was tried first; its proxy count and trusted list describe proxies that
write themselves into X-Forwarded-For, which nginx and most balancers do not, and it
answered None for the usual `client` header behind one nginx.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def _trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_address(request):
    """The client's address as text, or "" when the connection's own address is unusable."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    if remote is None:
        return ""
    if not _trusted(remote, networks):
        return str(remote)
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    address = remote
    for hop in reversed(hops):
        parsed = _parse(hop)
        if parsed is None:
            # A malformed hop: stop at the last address a trusted proxy vouched for.
            break
        address = parsed
        if not _trusted(address, networks):
            break
    return str(address)


class ClientAddressFilter:
    """Adds `client` to log records about a request, so logs name the reader, not the proxy."""

    def filter(self, record):
        request = getattr(record, "request", None)
        record.client = client_address(request) if hasattr(request, "META") else "-"
        return True
