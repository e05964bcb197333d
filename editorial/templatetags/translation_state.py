from django import template

from editorial.status import outdated_page_ids

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_outdated(context, page):
    """Whether `page` is a live translation older than its source; one computation per listing table."""
    holder = context.get("table") or page
    ids = getattr(holder, "_outdated_translation_ids", None)
    if ids is None:
        rows = getattr(holder, "data", None)
        ids = outdated_page_ids(list(rows) if rows is not None else [page])
        holder._outdated_translation_ids = ids
    return page.pk in ids
