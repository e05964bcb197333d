"""A site-wide content generation for cached fragments and aggregates.

Keys include the generation; publishing, unpublishing, moving or deleting a page (or
changing what frames pages: sites, view restrictions, themes) bumps it, so everything
cached before goes stale at once without scanning keys.
"""

import time

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

GENERATION_KEY = "content-generation"
TIMEOUT = 60 * 60 * 24
_MISSING = object()


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # A fresh start value, so keys written before a cache flush are never read again.
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY)
    return value


def bump_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), None)


def cached(name, compute, timeout=TIMEOUT):
    """`compute()` once per content generation; `name` must say everything the value depends on."""
    key = f"{name}:{generation()}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout)
    return value


def restricted_paths():
    """Tree paths of pages behind a view restriction: they and their descendants are never shown."""
    from wagtail.models import PageViewRestriction

    return cached("restricted-paths", lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True)))


def public_q():
    """What `PageQuerySet.public()` filters on, without querying the restrictions on every call."""
    private = Q(pk__in=[])
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return ~private


def connect_signals():
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(bump_generation, dispatch_uid="content-generation-published")
    page_unpublished.connect(bump_generation, dispatch_uid="content-generation-unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="content-generation-moved")
    for model in (Page, PageViewRestriction, Site):
        post_delete.connect(bump_generation, sender=model, dispatch_uid=f"content-generation-delete-{model.__name__}")
    for model in (PageViewRestriction, Site):
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"content-generation-save-{model.__name__}")
