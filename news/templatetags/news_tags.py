from urllib.parse import quote, urlencode

from django import template
from django.db.models import Q
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

from home.content_cache import generation

register = template.Library()

FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
# Moroccan usage, not the Levantine or Egyptian names of Django's Arabic locale.
MOROCCAN_ARABIC_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
    "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
)  # fmt: skip


@register.filter
def long_date(value):
    """`10 mai 2017` in French, `10 ماي 2017` in Arabic; Django's date format elsewhere."""
    if not value:
        return ""
    language = (translation.get_language() or "fr").split("-")[0]
    if language == "fr":
        day = "1er" if value.day == 1 else value.day
        return f"{day} {FRENCH_MONTHS[value.month - 1]} {value.year}"
    if language == "ar":
        return f"{value.day} {MOROCCAN_ARABIC_MONTHS[value.month - 1]} {value.year}"
    return formats.date_format(value, "DATE_FORMAT")


@register.simple_tag
def content_generation():
    return generation()


FRAGMENT_TIMEOUT = 60 * 60 * 24


@register.simple_tag(takes_context=True)
def fragment_timeout(context):
    """How long a page's cached fragments live; a preview shows the draft, so it caches nothing."""
    request = context.get("request")
    return 0 if getattr(request, "is_preview", False) else FRAGMENT_TIMEOUT


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


@register.simple_tag
def related_articles(page):
    return page.related_articles()


@register.simple_tag
def featured_publications(locale_id, limit=3):
    from news.models import featured_publications as featured

    return featured(locale_id, limit)


@register.simple_tag(takes_context=True)
def home_news(context, home, latest_count=4):
    """The hero (the editor's choice if live, else the latest article) and the latest news after it."""
    from home.content_cache import public_q
    from news.listing import newest_first, with_card_images
    from news.models import ArticlePage

    articles = ArticlePage.objects.live().filter(public_q(), locale_id=home.locale_id).defer_streamfields()
    hero_id = home.hero_article_id
    latest_ids = newest_first(articles).values("pk")[: latest_count + 1]
    candidates = articles.filter(Q(pk__in=latest_ids) | Q(pk=hero_id) if hero_id else Q(pk__in=latest_ids))
    rows = list(with_card_images(newest_first(candidates), "main_image"))
    hero = next((row for row in rows if row.pk == hero_id), None) or (rows[0] if rows else None)
    latest = [row for row in rows if row is not hero][:latest_count]
    return {"hero": hero, "latest": latest}
