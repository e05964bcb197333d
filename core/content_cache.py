"""A site-wide content generation for cached fragments and aggregates.

Keys include the generation; publishing, unpublishing, moving or deleting a page (or
changing what frames pages: sites, view restrictions, themes; editing or deleting an image or
a document, whose files fragments name) bumps it, so everything
cached before goes stale at once without scanning keys.

During a request, the generation and each value are read from the cache once and kept
for the rest of the request (a page asked for the generation seven times, each a Redis
round trip): a request sees one generation throughout. A bump in this process forgets them.
"""

import time

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from core.content_memory import MISSING, memory

GENERATION_KEY = "content-generation"
TIMEOUT = 60 * 60 * 24
# What this request has read, or None outside a request.
_request = Local()


def _request_memo():
    return getattr(_request, "values", None)


def _start_request(**kwargs):
    _request.values = {}


def _end_request(**kwargs):
    _request.values = None


def _once_per_request(key, read):
    """`read()`, kept under `key` for the rest of the request (read every time outside one)."""
    memo = _request_memo()
    if memo is not None and key in memo:
        return memo[key]
    value = read()
    if memo is not None:
        memo[key] = value
    return value


def generation():
    return _once_per_request(GENERATION_KEY, _read_generation)


def _read_generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # A fresh start value, so keys written before a cache flush are never read again.
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY)
    return value


def bump_generation(**kwargs):
    if _request_memo() is not None:
        _request.values = {}
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), None)


def cached(name, compute, timeout=TIMEOUT, keep=None):
    """`compute()` once per content generation; `name` must say everything the value depends on.

    `keep(value)` false: the value is returned but not stored (a lookup that found nothing).
    """
    current = generation()
    key = f"{name}:{current}"

    def read():
        # Not in process memory while the generation is unknown (the shared cache is down):
        # another process's publication could not be seen.
        value = memory.get(key) if current is not None else MISSING
        if value is MISSING:
            value = cache.get(key, MISSING)
            if value is MISSING:
                value = compute()
                if keep is not None and not keep(value):
                    return value
                cache.set(key, value, timeout)
            if current is not None:
                memory.put(key, value, timeout)
        return value

    return _once_per_request(key, read)


def restricted_paths():
    """Tree paths of pages behind a view restriction: they and their descendants are never shown.

    An alias of a restricted page (or of a page under one) has its source's restrictions, as
    Wagtail's `get_view_restrictions` says, so its path is among them too.
    """
    return cached("restricted-paths", _query_restricted_paths)


def is_restricted(path):
    """Whether a page at this tree path is behind a view restriction (its own or an ancestor's)."""
    return any(path.startswith(restricted) for restricted in restricted_paths())


def _query_restricted_paths():
    from wagtail.models import Page, PageViewRestriction

    paths = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    new = set(paths)
    while new:
        under = Q(pk__in=[])
        for path in new:
            under |= Q(alias_of__path__startswith=path)
        new = set(Page.objects.filter(under).values_list("path", flat=True)) - paths
        paths |= new
    return sorted(paths)


def _media_changed(sender, instance, created=False, update_fields=None, **kwargs):
    """An image or document edited or deleted: pages and fragments showing it name its files."""
    if not created and set(update_fields or ()) != {"file_hash"}:
        bump_generation()


def _alias_created(sender, instance, created, **kwargs):
    from wagtail.models import Page

    if created and isinstance(instance, Page) and instance.alias_of_id:
        bump_generation()


def public_q():
    """What `PageQuerySet.public()` filters on, without querying the restrictions on every call."""
    private = Q(pk__in=[])
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return ~private


def connect_signals():
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    request_started.connect(_start_request, dispatch_uid="content-generation-request-started")
    request_finished.connect(_end_request, dispatch_uid="content-generation-request-finished")
    page_published.connect(bump_generation, dispatch_uid="content-generation-published")
    page_unpublished.connect(bump_generation, dispatch_uid="content-generation-unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="content-generation-moved")
    for model in (Page, PageViewRestriction, Site):
        post_delete.connect(bump_generation, sender=model, dispatch_uid=f"content-generation-delete-{model.__name__}")
    for model in (PageViewRestriction, Site):
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"content-generation-save-{model.__name__}")
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    for model in (get_image_model(), get_document_model()):
        post_save.connect(_media_changed, sender=model, dispatch_uid=f"content-generation-media-{model.__name__}")
        post_delete.connect(_media_changed, sender=model, dispatch_uid=f"content-generation-media-del-{model.__name__}")
    # A new alias may be of a restricted page (restricted_paths); aliases are created live, unannounced.
    post_save.connect(_alias_created, dispatch_uid="content-generation-alias-created")
