"""Estimated reading time of a page's text."""

import math

from django.utils.html import strip_tags

WORDS_PER_MINUTE = 200


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "type"):
                yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def reading_minutes(summary, body):
    """Whole minutes, at least one, counting the summary and every text in the body's raw data."""
    raw = getattr(body, "raw_data", body) or []
    words = len((summary or "").split())
    for block in raw:
        value = block.get("value") if isinstance(block, dict) else block
        for text in _strings(value):
            words += len(strip_tags(text).split())
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
