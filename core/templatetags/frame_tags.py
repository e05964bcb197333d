"""`{% frame_fragment "name" value … %}…{% endframe_fragment %}`: a piece of the page frame
(header, footer, SEO head) rendered once per content generation and kept by the content cache,
in each process's memory first (core/content_memory.py).

What the frame shows changes only when a page is published, moved or deleted, or a site
setting is edited, all of which move the generation; the values after the name say what else it
depends on (the page, the language, the host). Rendered afresh, never kept: in a preview, when
the address has a query string (a filtered listing's links carry it, and any visitor could
otherwise fill the cache with variants), or when a value is empty (a view that is not a page:
search results, an error page).
"""

import hashlib

from django import template
from django.utils.safestring import mark_safe

from core.content_cache import cached

register = template.Library()


class FrameFragmentNode(template.Node):
    def __init__(self, nodelist, name, values):
        self.nodelist = nodelist
        self.name = name
        self.values = values

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False) or request.META.get("QUERY_STRING"):
            return self.nodelist.render(context)
        values = [value.resolve(context) for value in self.values]
        if any(value in (None, "") for value in values):
            return self.nodelist.render(context)
        said = "\x1f".join(str(value) for value in values)
        key = f"frame:{self.name}:{hashlib.md5(said.encode(), usedforsecurity=False).hexdigest()}"
        return mark_safe(cached(key, lambda: str(self.nodelist.render(context))))


@register.tag
def frame_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("frame_fragment needs a name")
    nodelist = parser.parse(("endframe_fragment",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    return FrameFragmentNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[2:]])
