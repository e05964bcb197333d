"""The cache Wagtail keeps image renditions in, without writing back what it has just read.

`Image.get_renditions` writes every rendition to the cache after looking them up, except those
marked `_from_cache`; it marks only renditions that were prefetched, not those the cache itself
returned. So each image on a page was read from the cache and written straight back, on every
request: one more round trip and the renditions pickled again (an article: two writes a page,
twelve renditions). Wagtail uses the cache named "renditions" when there is one; these mark
what they return, and Wagtail's own check then leaves it alone. New renditions are still written.
"""

from django.core.cache.backends.locmem import LocMemCache

from core.cache import ResilientRedisCache


class MarksWhatItReturns:
    def get_many(self, keys, version=None):
        found = super().get_many(keys, version=version)
        for rendition in found.values():
            rendition._from_cache = True
        return found


class RenditionRedisCache(MarksWhatItReturns, ResilientRedisCache):
    pass


class RenditionLocMemCache(MarksWhatItReturns, LocMemCache):
    pass
