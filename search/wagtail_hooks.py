from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search import admin_views


@hooks.register("register_admin_urls")
def search_admin_urls():
    return [path("search/queries/", admin_views.search_queries_report, name="search_queries_report")]


class SearchQueriesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def search_queries_menu_item():
    return SearchQueriesMenuItem(
        _("Recherches des lecteurs"), reverse("search_queries_report"), icon_name="search", order=60
    )
