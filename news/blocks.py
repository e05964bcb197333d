"""The block library shared by every StreamField of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    """A section heading whose level the editor chooses, so the outline stays valid."""

    text = blocks.CharBlock(label=_("Texte"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de niveau 2")), ("h3", _("Titre de niveau 3")), ("h4", _("Titre de niveau 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        description = _("Un intertitre qui structure la page (h2 à h4).")
        template = "blocks/heading.html"
        preview_value = {"text": "Missions du Conseil", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text limited to what a reader-friendly article needs."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraphe")
        description = _("Du texte courant, avec gras, italique, listes et liens.")
        template = "blocks/paragraph.html"
        preview_value = "<p>Le Conseil veille à la protection et à la promotion des droits humains.</p>"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
