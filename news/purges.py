"""Pages that show another page in their "related articles" block, purged when that page changes.

core/purges.py purges a page, its listings and home; it cannot know that articles name other
pages in their side block:
- an article names the pages its editor chose (any page, in the article's language), so a
  chosen page published, unpublished or moved purges the articles that chose it;
- an article completes the block with the latest articles sharing a theme, in any listing of
  its language, so an article with themes published or withdrawn purges every article of the
  news listings of its language (one path each, `…/actualites/*`, not one per article); an
  article without themes is in no such block.
"""

from wagtail.models import Page

from core.purges import url_path
from news.models import ArticlePage, ArticleRelatedLink, NewsIndexPage


def paths_showing(page):
    """Paths of the articles that may name `page` (any language version of it) in their related block."""
    version_ids, locale_ids = set(), set()
    for pk, locale_id in Page.objects.filter(translation_key=page.translation_key).values_list("pk", "locale_id"):
        version_ids.add(pk)
        locale_ids.add(locale_id)
    paths = set()
    choosing = ArticleRelatedLink.objects.filter(related_page__in=version_ids).values("page_id")
    for article in ArticlePage.objects.filter(pk__in=choosing):
        paths.add(url_path(article))
    themed = ArticlePage.themes.through.objects.filter(articlepage__in=version_ids)
    if issubclass(page.specific_class, ArticlePage) and themed.exists():
        for index in NewsIndexPage.objects.filter(locale_id__in=locale_ids):
            base = url_path(index)
            if base:
                paths.add(base + "*")
    paths.discard(None)
    return sorted(paths)
