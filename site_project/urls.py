from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import routing
from core import views as core_views
from core.admin_access import ThrottledPasswordResetView
from core.health import health
from core.sitemaps import sitemap

urlpatterns = [
    # Before the admin's own, which has the same path and no limit.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("health/", health, name="health"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("bulletin/", include("newsletter.urls")),
    # Wagtail's page URLs, its page view routed through the kept routes (core/routing.py).
    path(
        "",
        include(
            [
                *(url for url in wagtail_urls.urlpatterns if url.name != "wagtail_serve"),
                re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
            ]
        ),
    ),
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
