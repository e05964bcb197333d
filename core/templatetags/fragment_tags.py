"""`{% cached_fragment "name" value … [only_without_query] %}…{% endcached_fragment %}`: a piece
of a page rendered once per content generation and kept by the content cache, in each
process's memory first (core/content_memory.py).

For what a page shows that changes only when something is published, moved or deleted, or a
site setting is edited, all of which move the generation: the frame (header, footer, SEO head),
a page's body, a listed page's card. The values after the name say what else the piece depends
on (the page, the heading level); the reader's language and the host are always part of the
key. Rendered afresh, never kept: in a preview, when a value is empty (a view that is not a
page: search results, an error page), and with `only_without_query` when the address has a
query string (the frame's links and canonical URL carry a listing's filters, and any visitor
could otherwise fill the cache with variants).
"""

import hashlib

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from core.content_cache import cached

register = template.Library()
ONLY_WITHOUT_QUERY = "only_without_query"


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, values, only_without_query):
        self.nodelist = nodelist
        self.name = name
        self.values = values
        self.only_without_query = only_without_query

    def render(self, context):
        request = context.get("request")
        if (
            request is None
            or getattr(request, "is_preview", False)
            or (self.only_without_query and request.META.get("QUERY_STRING"))
        ):
            return self.nodelist.render(context)
        values = [value.resolve(context) for value in self.values]
        if any(value in (None, "") for value in values):
            return self.nodelist.render(context)
        said = "\x1f".join(str(value) for value in [translation.get_language(), request.get_host(), *values])
        key = f"fragment:{self.name}:{hashlib.md5(said.encode(), usedforsecurity=False).hexdigest()}"
        return mark_safe(cached(key, lambda: str(self.nodelist.render(context))))


@register.tag
def cached_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("cached_fragment needs a name")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    only_without_query = bits[-1] == ONLY_WITHOUT_QUERY
    values = bits[2:-1] if only_without_query else bits[2:]
    name = bits[1].strip("\"'")
    return CachedFragmentNode(nodelist, name, [parser.compile_filter(bit) for bit in values], only_without_query)
