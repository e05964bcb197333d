"""What the page frame needs to know about the site: each language's home, menus, translations.

Everything is looked up once per request and kept by the content cache per content generation
(homes, menus, a page's translations and nearest translated ancestors), as it changes only when
a page is published, unpublished, moved or deleted.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from core.content_cache import cached, public_q


def locale_homes(request):
    """Map each language code to its live home page (the site root's translations)."""

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}
    key = site.root_page.translation_key

    def homes():
        pages = Page.objects.filter(translation_key=key).live().select_related("locale")
        return {home.locale.language_code: home for home in pages}

    # `cached` keeps it for the rest of the request too.
    return cached(f"locale-homes:{site.pk}:{key}", homes)


def current_home(request):
    return locale_homes(request).get(translation.get_language())


def menu_items(request):
    home = current_home(request)
    if home is None:
        return []

    def items():
        return list(home.get_children().live().filter(public_q()).in_menu().order_by("path"))

    return cached(f"menu:{home.pk}", items)


def live_translations(page):
    """Every live, public version of `page` (itself included), by language code, in one query.

    Shared by the language switcher and the SEO head, so the frame asks only once per request.
    """
    if page is None or not getattr(page, "pk", None):
        return {}

    def compute():
        return {
            p.locale.language_code: p
            for p in Page.objects.filter(translation_key=page.translation_key)
            .live()
            .filter(public_q())
            .select_related("locale")
            .only("id", "url_path", "alias_of_id", "locale__language_code", "translation_key", "depth", "path")
        }

    return cached(f"translations:{page.translation_key}", compute)


def alternate_urls(request, page=None):
    """Each served language's URL for what the reader is looking at.

    The live translation of the page when there is one, otherwise the nearest ancestor
    translated into that language, otherwise that language's home.
    """
    return {code: url for code, (url, _exact) in switcher_targets(request, page).items()}


def switcher_targets(request, page=None):
    """{language code: (url, whether it is the page itself in that language)}."""
    homes = locale_homes(request)
    translations = live_translations(page)
    missing = [code for code, _name in settings.LANGUAGES if code not in translations and code in homes]
    nearest = _nearest_translated_ancestors(page, missing) if missing and translations else {}
    targets = {}
    for code, _name in settings.LANGUAGES:
        if code in translations:
            targets[code] = (translations[code].get_url(request=request), True)
        elif code in nearest or code in homes:
            targets[code] = ((nearest.get(code) or homes[code]).get_url(request=request), False)
    return targets


def _nearest_translated_ancestors(page, codes):
    """{code: the deepest live, public ancestor of `page` translated into that language}, in one query."""
    return cached(f"nearest-translated:{page.pk}:{','.join(codes)}", lambda: _query_nearest(page, codes))


def _query_nearest(page, codes):
    ancestor_keys = Page.objects.ancestor_of(page).filter(depth__gt=2).values("translation_key")
    nearest = {}
    for ancestor in (
        Page.objects.filter(translation_key__in=ancestor_keys, locale__language_code__in=codes)
        .live()
        .filter(public_q())
        .select_related("locale")
        .only("id", "url_path", "locale__language_code", "depth", "path")
        .order_by("-depth")
    ):
        nearest.setdefault(ancestor.locale.language_code, ancestor)
    return nearest
