from urllib.parse import quote, urlencode

from django import template
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import navigation
from core.content_cache import cached
from core.footer import footer_links as _footer_links

register = template.Library()


@register.simple_tag
def site_name():
    return str(settings.WAGTAIL_SITE_NAME)


@register.simple_tag(takes_context=True)
def locale_home(context):
    request = context.get("request")
    return navigation.current_home(request) if request is not None else None


@register.simple_tag(takes_context=True)
def footer_links(context):
    """{"legal_notice_page" | "privacy_page" | "contact_page": (title, url)} in the reader's language."""
    request = context.get("request")
    return _footer_links(request) if request is not None else {}


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    if request is None:
        return {"menu_items": []}
    page = context.get("page")
    items = navigation.menu_items(request)
    section_id = None
    if isinstance(page, Page):
        section_id = next((item.pk for item in items if page.path.startswith(item.path)), None)
    # The request goes on, so that `pageurl` reads the site's root paths once per request, not once per link.
    return {"menu_items": items, "current_section_id": section_id, "request": request}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    if request is None:
        return {"languages": []}
    given = context.get("alternate_urls")
    if given:
        targets = {code: (url, True) for code, url in given.items()}
    else:
        targets = navigation.switcher_targets(request, context.get("page"))
    current = translation.get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        if code not in targets:
            continue
        url, exact = targets[code]
        item = {"code": code, "name": name, "url": url, "is_current": code == current, "note": ""}
        if not exact and code != current:
            # Said in the language the reader is switching to: they are the one who needs it.
            with translation.override(code):
                item["note"] = str(_("Page non traduite : vous irez à la rubrique la plus proche."))
                item["dir"] = "rtl" if translation.get_language_bidi() else "ltr"
        languages.append(item)
    return {"languages": languages}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    crumbs = cached(
        f"crumbs:{page.path}",
        lambda: list(
            Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("depth").only("id", "title", "url_path")
        ),
    )
    return {"crumbs": crumbs, "current": page, "request": context.get("request")}


@register.filter
def document_format(document):
    """`PDF`, `DOCX`… from the file name."""
    name = getattr(document, "filename", "") or ""
    return name.rsplit(".", 1)[-1].upper() if "." in name else ""


@register.filter
def document_size(document):
    """Human-readable size in the active language; empty when the file is missing."""
    size = getattr(document, "file_size", None)
    if size is None:
        try:
            size = document.file.size
        except (OSError, ValueError):
            return ""
    return filesizeformat(size)


SHARE_TARGETS = (
    (
        "email",
        _("Courriel"),
        lambda url, title: "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote),
    ),
    (
        "x",
        "X (Twitter)",
        lambda url, title: "https://twitter.com/intent/tweet?" + urlencode({"url": url, "text": title}),
    ),
    ("facebook", "Facebook", lambda url, title: "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
    (
        "linkedin",
        "LinkedIn",
        lambda url, title: "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
    ),
    ("whatsapp", "WhatsApp", lambda url, title: "https://wa.me/?" + urlencode({"text": f"{title} {url}"})),
)


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, page):
    request = context.get("request")
    url = page.get_full_url(request)
    if request is not None:
        url = request.build_absolute_uri(page.get_url(request))
    return {
        "links": [{"name": name, "label": label, "url": build(url, page.title)} for name, label, build in SHARE_TARGETS]
    }
