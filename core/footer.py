"""The footer's institutional links (legal notice, privacy, contact) in the reader's language.

The pages are chosen once in the admin (core.models.FooterLinks); each language gets the
live translation of each, looked up in one query and cached per content generation.
"""

from django.utils import translation
from wagtail.models import Page, Site

from core.content_cache import bump_generation, cached, public_q
from core.models import FooterLinks

FIELDS = ("legal_notice_page", "privacy_page", "contact_page")


def footer_links(request):
    """{field name: (title, url)} of the chosen pages live in the active language."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {}
    language = translation.get_language()

    def compute():
        # Read, never created here: `for_site()` would insert a row on a reader's request.
        chosen = FooterLinks.objects.filter(site=site).values(*(f"{field}_id" for field in FIELDS)).first() or {}
        ids = {field: chosen[f"{field}_id"] for field in FIELDS if chosen.get(f"{field}_id")}
        if not ids:
            return {}
        keys = dict(Page.objects.filter(pk__in=ids.values()).values_list("pk", "translation_key"))
        pages = {
            page.translation_key: page
            for page in Page.objects.filter(translation_key__in=keys.values(), locale__language_code=language)
            .live()
            .filter(public_q())
            .only("id", "title", "url_path", "translation_key", "depth", "path")
        }
        links = {}
        for field, page_id in ids.items():
            page = pages.get(keys.get(page_id))
            if page is not None:
                links[field] = (page.title, page.get_url(request=request))
        return links

    # Asked twice a page: `cached` keeps it for the rest of the request.
    return cached(f"footer-links:{site.pk}:{language}", compute)


def footer_changed(sender, instance, **kwargs):
    """Every page shows the footer: a new choice invalidates cached fragments and cached pages."""
    from core.purges import purge_languages

    bump_generation()
    purge_languages()
