from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from core.spreadsheets import SafeExportMixin
from newsletter.models import Subscriber


class SubscriberIndexView(SafeExportMixin, IndexView):
    """Addresses come from the internet: none may start a formula in the CSV export."""


class SubscriberViewSet(ModelViewSet):
    """The subscriber list for the communication team: filter by status and language, export to CSV.

    Access follows the standard model permissions (view, add, change, delete a subscriber).
    """

    model = Subscriber
    index_view_class = SubscriberIndexView
    icon = "mail"
    menu_label = _("Abonnés au bulletin")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["email", "language", "status", "created_at", "confirmed_at"]
    list_filter = ["status", "language"]
    list_export = [
        "email",
        "get_language_display",
        "get_status_display",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "consent_text",
    ]
    export_headings = {
        "email": _("Adresse électronique"),
        "get_language_display": _("Langue préférée"),
        "get_status_display": _("Statut"),
        "created_at": _("Inscrit le"),
        "confirmed_at": _("Confirmé le"),
        "unsubscribed_at": _("Désinscrit le"),
        "consent_text": _("Texte accepté"),
    }
    export_filename = "abonnes-bulletin"
    search_fields = ["email"]
    search_backend_name = None
    form_fields = ["email", "language", "status"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("newsletter_subscribers")
