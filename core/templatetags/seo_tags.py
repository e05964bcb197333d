from django import template
from django.conf import settings
from wagtail.models import Page

from core import seo

register = template.Library()


@register.inclusion_tag("components/seo_head.html", takes_context=True)
def seo_head(context):
    """Canonical, hreflang, description, OpenGraph, Twitter card and JSON-LD for the <head>.

    A Wagtail page in the context (`page`) is described from its fields; a plain view
    may put a ready-made `seo` dict in its context (see `core.seo.view_head`).
    """
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page) and request is not None:
        head = seo.page_head(request, page)
    else:
        head = context.get("seo") or {}
    return {"head": head, "site_name": settings.WAGTAIL_SITE_NAME, "default_description": seo.default_description()}
