from django import template

register = template.Library()


@register.inclusion_tag("search/search_box.html", takes_context=True)
def search_box(context):
    """A compact search form for the page frame; on the search page, the query stays in it.

    Only there: elsewhere the header is kept per page (core/templatetags/fragment_tags.py),
    whatever the query string, so a `?q=` on another address must not reach it.
    """
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "search":
        return {"query": ""}
    return {"query": request.GET.get("q", "")[:200]}
