"""The dashboard panel listing the translations waiting for the signed-in user (editorial/notifications.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from editorial import notifications

SECTION_LABELS = {
    notifications.CHANGES_REQUESTED: _("Modifications demandées par un modérateur"),
    notifications.SOURCE_CHANGED: _("Page source modifiée depuis la publication de la traduction"),
    notifications.REQUESTED: _("Traductions demandées"),
}


class TranslationWorkPanel(Component):
    name = "translation_work"
    template_name = "editorial/translation_work_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        work = notifications.pending_work(request.user)
        sections = [(kind, label, work[kind]) for kind, label in SECTION_LABELS.items()]
        return {"sections": sections, "has_work": any(entries for _k, _l, entries in sections), "request": request}
