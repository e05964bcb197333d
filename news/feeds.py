"""RSS 2.0 and Atom feeds of a listing: the latest items of the index's language, absolute URLs."""

import datetime

from django.http import HttpResponse
from django.utils import feedgenerator, timezone
from django.utils.translation import get_language

from news.listing import children_of, newest_first, with_card_images

FEED_LENGTH = 20
FEED_RENDITION = "fill-800x533"
FEED_CLASSES = {"rss": feedgenerator.Rss201rev2Feed, "atom": feedgenerator.Atom1Feed}


def item_datetime(item):
    midnight = datetime.datetime.combine(item.date, datetime.time(0, 0))
    return timezone.make_aware(midnight)


def enclosure(request, image):
    if image is None:
        return None
    rendition = image.get_rendition(FEED_RENDITION)
    try:
        length = rendition.file.size
    except (OSError, ValueError):
        length = 0
    mime_type = f"image/{'jpeg' if rendition.file.name.lower().endswith(('.jpg', '.jpeg')) else 'png'}"
    if rendition.file.name.lower().endswith(".webp"):
        mime_type = "image/webp"
    return feedgenerator.Enclosure(request.build_absolute_uri(rendition.url), str(length), mime_type)


def feed_response(index, request, model, image_field, kind):
    items = list(
        with_card_images(newest_first(children_of(index, model)), image_field, specs=(FEED_RENDITION,))[:FEED_LENGTH]
    )
    link = request.build_absolute_uri(index.get_url(request))
    feed = FEED_CLASSES[kind](
        title=index.title,
        link=link,
        description=getattr(index, "intro", "") or index.title,
        language=get_language(),
        feed_url=request.build_absolute_uri(request.path),
    )
    for item in items:
        image = getattr(item, image_field)
        item_enclosure = enclosure(request, image)
        feed.add_item(
            title=item.title,
            link=request.build_absolute_uri(item.get_url(request)),
            description=item.summary,
            pubdate=item_datetime(item),
            updateddate=item.last_published_at or item_datetime(item),
            unique_id=request.build_absolute_uri(item.get_url(request)),
            enclosures=[item_enclosure] if item_enclosure else None,
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response
