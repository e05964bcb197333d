"""View restrictions looked up once per content generation instead of twice per page served.

Wagtail checks a page's view restrictions before serving it (its `before_serve_page` hook) with
two queries: the page's ancestors and their alias sources, then the restrictions on them. The
content cache already knows every restricted tree path, aliases of restricted pages included
(`core.content_cache.restricted_paths`); a page outside all of them has no restriction, and only
a page inside one asks Wagtail's question.
"""

from wagtail.models import PageViewRestriction

from core.content_cache import is_restricted


class KnownViewRestrictionsMixin:
    """For page models: no query for the view restrictions of a page no restriction covers."""

    def get_view_restrictions(self):
        if is_restricted(self.path):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
