"""Page routing kept per content generation.

Wagtail finds the page for a URL by walking the tree: the Site for the host (one query), the
site root's translation for the language (two: the locale, the translation), then for each
URL segment the child with that slug and its specific row (two per segment). An article took
eight queries before anything rendered. What that walk finds changes only when a page is
published, unpublished, moved or deleted, or a Site is edited, and each of those bumps the
content generation (core.content_cache). So the Site for a host, and for each site, language
and path the page the walk ended on, are kept per generation; a request then loads its page
with its specific fields in one query and lets the page's own `route` finish the work: a
draft still answers 404, a routable page still dispatches its sub-paths (feeds). View
restrictions are checked after routing, by Wagtail's `before_serve_page` hooks, as before.

Paths that lead nowhere are not kept: a 404 walks the tree as Wagtail does.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from core.content_cache import cached

_NO_SITE = "none"


def find_site(request):
    """`Site.find_for_request`, from the content cache; kept on the request as Wagtail does."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        found = cached(f"site-for:{hostname}:{port}", lambda: Site._find_for_request(request) or _NO_SITE)
        request._wagtail_site = None if found == _NO_SITE else found
    return request._wagtail_site


def route(request, path):
    """Page.route_for_request, with the tree walk's result kept per content generation."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = find_site(request)
    result = None
    if site is not None:
        components = [component for component in path.split("/") if component]
        key = route_key(site.pk, translation.get_language(), components)
        try:
            found = cached(key, lambda: _walk(site, request, components), keep=bool)
            result = _finish(request, components, found) if found else None
        except Http404:
            result = None
    request._wagtail_route_for_request = result
    return result


def route_key(site_id, language, components):
    """The content-cache name of a path's route: the path hashed, so any URL gives a short key."""
    path = hashlib.md5("/".join(components).encode(), usedforsecurity=False).hexdigest()
    return f"route:{site_id}:{language}:{path}"


def _walk(site, request, components):
    """Wagtail's own walk; returns (page id, content type id, segments it consumed) or None."""
    root = site.root_page.localized.specific
    try:
        found = root.route(request, components)
    except Http404:
        return None
    page = found[0]
    request._walked_route = found  # this request need not load the page again
    return (page.pk, page.content_type_id, page.depth - root.depth)


def _finish(request, components, found):
    walked = request.__dict__.pop("_walked_route", None)
    if walked is not None:
        return walked
    page_id, content_type_id, consumed = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or not issubclass(model, Page):
        raise Http404
    related = ("locale", *getattr(model, "route_related_fields", ()))
    page = model.objects.select_related(*related).filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page.route(request, components[consumed:])


def serve(request, path):
    """Wagtail's page view, routed through `route`."""
    route(request, path)
    return wagtail_views.serve(request, path)
