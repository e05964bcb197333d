"""Readable Latin slugs for imported items that exist only in Arabic.

The Arabic romanisation is the site's (core/transliteration.py), the one the admin's slug field
and pages created in code use; other scripts go through anyascii. Legacy slugs are shorter and
cut at a word boundary.
"""

from anyascii import anyascii
from django.utils.text import slugify

from core.transliteration import transliterate as transliterate_arabic


def transliterate(text):
    return anyascii(transliterate_arabic(text))


def latin_slug(text, max_length=80):
    """A lower-case ASCII slug for `text` in any script, cut at a word boundary."""
    slug = slugify(transliterate(text))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug.strip("-")
