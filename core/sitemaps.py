"""`/sitemap.xml` for every language tree, each URL with its translations as `xhtml:link` alternates."""

from django.db.models import Q
from django.http import Http404, HttpResponse
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page, Site

from core.content_cache import cached
from core.page_cache import mark_public
from core.seo import alternate_links


def _indexable(queryset):
    # Aliases repeat another language's content under this language's prefix.
    return queryset.live().public().filter(alias_of__isnull=True)


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap walks the site root only (the French home); this one walks each translation of it."""

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key).only("path")
        in_a_tree = Q()
        for home in homes:
            in_a_tree |= Q(path__startswith=home.path)
        return _indexable(Page.objects.filter(in_a_tree)).order_by("path").defer_streamfields().specific()

    def _alternates_by_key(self, pages):
        """{translation_key: [(hreflang, URL)]} for the pages of one sitemap chunk, in one query."""
        versions = {}
        translations = _indexable(Page.objects.filter(translation_key__in={page.translation_key for page in pages}))
        for version in translations.select_related("locale").only("url_path", "translation_key", "locale"):
            versions.setdefault(version.translation_key, {})[version.locale.language_code] = version
        return {key: alternate_links(by_language, self.request) for key, by_language in versions.items()}

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates_by_key(pages)
        urls = []
        last_mods = set()
        for item in pages:
            location = item.get_full_url(self.request)
            links = alternates.get(item.translation_key, [])
            for url_info in item.get_sitemap_urls(self.request):
                if links and url_info.get("location") == location:
                    url_info = {**url_info, "alternates": [{"lang_code": c, "location": u} for c, u in links]}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def sitemap(request):
    """Rendered once per content generation: publishing anything makes the next request rebuild it."""
    site = Site.find_for_request(request)
    chunk = request.GET.get("p", "1")
    # One cache key per real chunk: "01", "1 " or a NUL byte would each make another key.
    if not chunk.isascii() or not chunk.isdigit() or len(chunk) > 6:
        raise Http404("No such sitemap page")
    chunk = str(int(chunk))

    def render():
        response = wagtail_sitemap(request, sitemaps={"pages": TranslatedSitemap})
        response.render()
        return response.content, response.get("Last-Modified")

    # An unknown chunk raises Http404 inside render(), so only real sitemaps are cached.
    content, last_modified = cached(f"sitemap:{site.pk if site else 0}:{chunk}", render)
    response = HttpResponse(content, content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    mark_public(request)
    if last_modified:
        response["Last-Modified"] = last_modified
    return response
