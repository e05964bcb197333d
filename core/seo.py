"""What search engines and link previews read about a page.

Canonical URL, language alternates, description, share image and JSON-LD, all as
absolute URLs on the Wagtail site's root URL. A page type describes itself: it may
define `get_share_image()`, `get_structured_data(request, image)` (built with the
helpers below), `og_type = "article"` and a `date` for `article:published_time`.
"""

import json

from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Site

from core import navigation

X_DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "ar": "ar_MA", "en": "en_GB"}
SHARE_IMAGE_SPEC = "fill-1200x630"

# Characters that could end a <script> element or start markup, as JSON escapes.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def site_root_url(request):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return settings.WAGTAILADMIN_BASE_URL
    return site.root_url


def absolute_url(url, request):
    if not url or url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):
        return f"{request.scheme if request else 'https'}:{url}"
    return site_root_url(request).rstrip("/") + "/" + url.lstrip("/")


def hreflang_alternates(request, page):
    """[(hreflang, absolute URL)] for every live version of the page, itself included, and x-default.

    Empty when the page exists in one language only. Aliases are left out: they show
    another language's content and must not be announced as a translation.
    """
    versions = {
        code: version for code, version in navigation.live_translations(page).items() if version.alias_of_id is None
    }
    return alternate_links(versions, request)


def alternate_links(versions, request):
    """[(hreflang, absolute URL)] from {language code: page}, in LANGUAGES order, then x-default; empty for one."""
    if len(versions) < 2:
        return []
    links = [(code, versions[code].get_full_url(request)) for code, _name in settings.LANGUAGES if code in versions]
    if X_DEFAULT_LANGUAGE in versions:
        links.append(("x-default", versions[X_DEFAULT_LANGUAGE].get_full_url(request)))
    return links


def meta_description(page):
    """The page's own description: its search description, else its summary, else a plain-text intro."""
    text = (getattr(page, "search_description", "") or "").strip()
    if not text:
        text = strip_tags(getattr(page, "summary", "") or "").strip()
    if not text and isinstance(getattr(page, "intro", None), str):
        text = page.intro.strip()
    return " ".join(text.split())


def default_description():
    """The site's description in the current language, for a page that has none of its own."""
    return gettext(
        "Le Conseil national des droits humains publie ses actualités, ses rapports et ses avis"
        " sur la protection et la promotion des droits humains."
    )


def share_image(page):
    if hasattr(page, "get_share_image"):
        return page.get_share_image()
    for name in ("main_image", "cover_image"):
        image = getattr(page, name, None)
        if image is not None:
            return image
    return None


def share_image_data(page, request):
    image = share_image(page)
    if image is None:
        return None
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    return {
        "url": absolute_url(rendition.url, request),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "default_alt_text", None) or image.title,
    }


def organization(request, with_context=True):
    home = navigation.current_home(request)
    data = {"@type": "Organization", "name": str(settings.WAGTAIL_SITE_NAME)}
    if with_context:
        data = {"@context": "https://schema.org", **data}
    if home is not None:
        data["url"] = home.get_full_url(request)
    logo = settings.SEO_ORGANIZATION_LOGO
    if logo:
        data["logo"] = absolute_url(static(logo), request)
    return data


def _listing_page_data(page, request, schema_type, image):
    data = {
        "@context": "https://schema.org",
        "@type": schema_type,
        "headline": page.title,
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "publisher": organization(request, with_context=False),
    }
    description = meta_description(page)
    if description:
        data["description"] = description
    if getattr(page, "date", None):
        data["datePublished"] = page.date.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image is not None:
        data["image"] = [image["url"]]
    return data


def article_data(page, request, image):
    """schema.org NewsArticle for a dated page with a summary."""
    data = _listing_page_data(page, request, "NewsArticle", image)
    data["mainEntityOfPage"] = {"@type": "WebPage", "@id": data["url"]}
    return data


def report_data(page, request, image):
    """schema.org Report for a dated page whose main `document` is its PDF."""
    data = _listing_page_data(page, request, "Report", image)
    document = getattr(page, "document", None)
    if document is not None:
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": absolute_url(document.url, request),
            "encodingFormat": "application/pdf" if document.filename.lower().endswith(".pdf") else None,
        }
        if data["encoding"]["encodingFormat"] is None:
            del data["encoding"]["encodingFormat"]
    return data


def structured_data(page, request, image=None):
    """The page's JSON-LD object, or None for page types that describe none."""
    if hasattr(page, "get_structured_data"):
        return page.get_structured_data(request, image)
    return None


def json_ld(data):
    """JSON safe to place inside <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))


def page_head(request, page):
    """Everything the <head> needs about a Wagtail page."""
    image = share_image_data(page, request)
    language = page.locale.language_code if getattr(page, "locale_id", None) else translation.get_language()
    alternates = hreflang_alternates(request, page)
    data = structured_data(page, request, image)
    og_type = getattr(page, "og_type", "website")
    return {
        "canonical": page.get_full_url(request),
        "alternates": alternates,
        "title": page.seo_title or page.title,
        "description": meta_description(page) or default_description(),
        "image": image,
        "og_type": og_type,
        "og_locale": OPEN_GRAPH_LOCALES.get(language, language),
        "og_locale_alternates": [
            OPEN_GRAPH_LOCALES.get(code, code) for code, _url in alternates if code not in ("x-default", language)
        ],
        "published_time": page.date.isoformat() if og_type == "article" and getattr(page, "date", None) else "",
        "json_ld": json_ld(data) if data else "",
    }


def view_head(request, title, description=""):
    """The same for a Django view served under every language prefix (no Wagtail page behind it)."""
    language = translation.get_language()
    urls = {code: absolute_url(translate_url(request.path, code), request) for code, _name in settings.LANGUAGES}
    alternates = [(code, url) for code, url in urls.items()]
    alternates.append(("x-default", urls[X_DEFAULT_LANGUAGE]))
    return {
        "canonical": urls.get(language, absolute_url(request.path, request)),
        "alternates": alternates,
        "title": str(title),
        "description": str(description) or default_description(),
        "image": None,
        "og_type": "website",
        "og_locale": OPEN_GRAPH_LOCALES.get(language, language),
        "og_locale_alternates": [OPEN_GRAPH_LOCALES.get(code, code) for code in urls if code != language],
        "published_time": "",
        "json_ld": "",
    }
