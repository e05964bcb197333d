from django import template

register = template.Library()


@register.inclusion_tag("search/search_box.html", takes_context=True)
def search_box(context):
    """A compact search form for the page frame; the query, if any, stays in it."""
    request = context.get("request")
    return {"query": request.GET.get("q", "")[:200] if request is not None else ""}
