"""What to purge when content changes: one list of paths for the page cache and the front cache.

A path is purged with any query string (every filtered and paginated page of a listing);
a path ending in `*` purges everything under it (a whole language: `/fr/*`). After the
transaction commits, the list goes to the page cache (core/page_cache.py) at once and to
the front caches configured in WAGTAILFRONTENDCACHE (Varnish, Cloudflare, CloudFront) as
Wagtail's background purge task, as full URLs of each site.

- A page published, unpublished, moved or deleted: `page_paths()`: the page in every
  language, each language's ancestors (its listing, the home) with their feeds, and the
  sitemap; a page of the menu (a child of a language's home) changes every page's frame,
  so its whole language; a page moved, deleted or unpublished also takes its subtree; and
  what apps registered as showing it elsewhere (`register_paths_showing`: news' related articles).
- A view restriction added or removed: the page's paths and its subtree.
- A translatable taxonomy term (theme, publication type) edited or deleted: every
  language (editorial.registry connects them): terms are named on listings' filters,
  cards and pages of either language, which cannot be found without scanning them all.
- A site changed: everything.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site

from core import page_cache

logger = logging.getLogger(__name__)

SITEMAP = "/sitemap.xml"
EVERYTHING = "/*"


def language_paths():
    return [f"/{code}/*" for code, _name in settings.LANGUAGES]


def url_path(page):
    """The page's path on its site (`/fr/actualites/visite/`), or None when it has no URL."""
    parts = page.get_url_parts()
    return parts[2] if parts else None


def _cached_paths(page):
    """The page's URL and its sub-routes (feeds), as Wagtail's `get_cached_paths()` lists them."""
    base = url_path(page)
    if base is None:
        return []
    return [base + sub.lstrip("/") for sub in page.specific_deferred.get_cached_paths()]


def _menu_depth():
    roots = Site.objects.values_list("root_page__depth", flat=True)
    return min(roots, default=2) + 1


# Functions (page -> paths) of apps whose pages show other pages in ways the tree does not tell
# (news: related articles); asked on every change of a page.
_showing = []


def register_paths_showing(function):
    if function not in _showing:
        _showing.append(function)
    return function


def page_paths(page, subtree=False):
    """Every path that shows `page`, in every language; with `subtree`, everything below it too."""
    paths = {SITEMAP}
    for showing in _showing:
        paths.update(showing(page))
    menu_depth = _menu_depth()
    versions = Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    for version in versions:
        base = url_path(version)
        if base is None:
            continue
        paths.update(_cached_paths(version))
        if subtree:
            paths.add(base + "*")
        if version.depth == menu_depth:
            paths.add(f"/{version.locale.language_code}/*")
        for ancestor in version.get_ancestors().filter(depth__gte=menu_depth - 1):
            paths.update(_cached_paths(ancestor))
    return sorted(paths)


def site_roots():
    return sorted({site.root_url for site in Site.objects.all()})


def purge(paths):
    """Purges `paths` from the page cache and the front caches once the transaction commits."""
    paths = sorted(set(paths))
    if not paths:
        return

    def run():
        page_cache.purge(paths)
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

            purge_urls_from_cache([root + path for root in site_roots() for path in paths])

    transaction.on_commit(run)


def purge_page(page, subtree=False):
    purge(page_paths(page, subtree=subtree))


def purge_languages(**kwargs):
    purge(language_paths())


def _published(sender, instance, **kwargs):
    purge_page(instance)


def _unpublished(sender, instance, **kwargs):
    purge_page(instance, subtree=True)


def _moving(sender, instance, **kwargs):
    # Before the move: where the page and its subtree were (after it, where they are now).
    purge_page(instance, subtree=True)


def _deleted(sender, instance, **kwargs):
    purge_page(instance, subtree=True)


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_page(page, subtree=True)


def _site_changed(sender, instance, **kwargs):
    purge([EVERYTHING, SITEMAP])


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

    page_published.connect(_published, dispatch_uid="purge-published")
    page_unpublished.connect(_unpublished, dispatch_uid="purge-unpublished")
    pre_page_move.connect(_moving, dispatch_uid="purge-moving")
    post_page_move.connect(_moving, dispatch_uid="purge-moved")
    pre_delete.connect(_deleted, sender=Page, dispatch_uid="purge-deleted")
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid=f"purge-restriction-{name}")
        signal.connect(_site_changed, sender=Site, dispatch_uid=f"purge-site-{name}")
