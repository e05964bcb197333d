"""The editing form of the pages an index lists: themes offered in the page's own language."""

from wagtail.admin.forms import WagtailAdminPageForm


class ListedPageForm(WagtailAdminPageForm):
    """Offers as checkboxes only the themes of the page's language (French and Arabic themes used to mix)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        themes = self.fields.get("themes")
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if themes is not None and locale_id is not None:
            themes.queryset = themes.queryset.filter(locale_id=locale_id).order_by("name")
