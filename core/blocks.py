"""The block library shared by every StreamField of the site.

Each block has a template, an icon, a one-line description and a preview value, so
editors see what it does before inserting it. Labels are settled: renaming them
re-serialises every StreamField migration.
"""

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageChooserBlock


def _first(model_getter):
    """The newest image or document, so a block's preview in the admin shows real media."""
    return model_getter().objects.order_by("-created_at").first()


def _first_image():
    from wagtail.images import get_image_model

    return _first(get_image_model)


def _first_document():
    from wagtail.documents import get_document_model

    return _first(get_document_model)


PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]
TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


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


class ImageBlock(blocks.StructBlock):
    """An image with its caption and credit; alt text is required unless the image is decorative."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Texte alternatif"),
        required=False,
        max_length=250,
        help_text=_("Décrit l’image pour les personnes qui ne la voient pas."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Image décorative"),
        required=False,
        help_text=_("Cochez si l’image n’apporte aucune information ; le texte alternatif sera vide."),
    )
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Crédit"), required=False, max_length=150)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("Une image avec sa légende et son crédit.")
        template = "blocks/image.html"

    def get_preview_value(self):
        return {
            "image": _first_image(),
            "alt_text": "Délégation du Conseil en visite",
            "caption": "Visite d’un centre d’accueil",
            "credit": "Conseil",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not value.get("alt_text"):
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Décrivez l’image, ou cochez « Image décorative »."))}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citation"))
    attribution = blocks.CharBlock(label=_("Auteur ou source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        description = _("Une citation mise en valeur, avec son auteur.")
        template = "blocks/quote.html"
        preview_value = {
            "text": "La dignité humaine est le fondement de tous les droits.",
            "attribution": "La présidente du Conseil",
        }


def titled_frame(url, title):
    """The video host's embed HTML, each frame titled by the editor (hosts title it "Video" or not at all)."""
    try:
        html = embeds.get_embed(url).html
    except EmbedException:
        return ""
    soup = BeautifulSoup(html, "html.parser")
    for frame in soup.find_all("iframe"):
        frame["title"] = title
    return mark_safe(str(soup))  # noqa: S308 - the host's embed HTML, as Wagtail's {% embed %} renders it


class VideoBlock(blocks.StructBlock):
    """An embedded video; its required title names the frame for screen readers."""

    title = blocks.CharBlock(label=_("Titre de la vidéo"), max_length=200)
    video = EmbedBlock(label=_("Adresse de la vidéo"), help_text=_("Lien YouTube, Vimeo, Dailymotion…"))
    transcript = blocks.RichTextBlock(label=_("Transcription"), required=False, features=TEXT_FEATURES)

    class Meta:
        icon = "media"
        label = _("Vidéo")
        description = _("Une vidéo intégrée, avec un titre et une transcription facultative.")
        template = "blocks/video.html"
        preview_value = {
            "title": "Présentation du rapport annuel",
            "video": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "transcript": "<p>La présidente présente les principales recommandations.</p>",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        video = value.get("video")
        context["frame"] = titled_frame(video.url, value.get("title") or "") if video else ""
        return context


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Intitulé du lien"), required=False, max_length=200, help_text=_("Par défaut, le titre du document.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        description = _("Un lien de téléchargement qui indique le format et la taille du fichier.")
        template = "blocks/document.html"

    def get_preview_value(self):
        return {"document": _first_document(), "title": "Rapport annuel (PDF)"}


class TableBlock(WagtailTableBlock):
    """A data table whose first row is a header row (ticked for a new table), rendered with `th scope`.

    Rows left empty in the editor's grid are not rendered.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "table_options",
            {
                "startRows": 3,
                "startCols": 3,
                "colHeaders": False,
                "rowHeaders": False,
                "contextMenu": ["row_above", "row_below", "col_left", "col_right", "remove_row", "remove_col"],
                "editor": "text",
                "renderer": "text",
            },
        )
        super().__init__(**kwargs)

    # wagtail-localize copies tables untranslated (#302): cells and caption become segments here.
    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row or []):
                if isinstance(cell, str) and cell.strip():
                    segments.append(StringSegmentValue(f"cell.{row_index}.{col_index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        value = dict(value or {})
        data = [list(row or []) for row in value.get("data") or []]
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            elif segment.path.startswith("cell."):
                _cell, row_index, col_index = segment.path.split(".")
                row_index, col_index = int(row_index), int(col_index)
                if row_index < len(data) and col_index < len(data[row_index]):
                    data[row_index][col_index] = text
        value["data"] = data
        return value

    def render(self, value, context=None):
        if value and value.get("data"):
            keep_header = value.get("first_row_is_table_header")
            rows = [
                row
                for index, row in enumerate(value["data"])
                if (index == 0 and keep_header) or any(str(cell).strip() for cell in row or [] if cell is not None)
            ]
            value = {**value, "data": rows}
        return super().render(value, context)

    class Meta:
        icon = "table"
        label = _("Tableau")
        description = _("Un tableau de données avec une ligne d’en-tête et une légende.")
        template = "blocks/table.html"
        default = {
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "",
            "data": [[None, None, None], [None, None, None], [None, None, None]],
        }
        preview_value = {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Plaintes reçues",
            "data": [["Année", "Plaintes"], ["2024", "3 120"], ["2025", "3 480"]],
        }


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Chiffre"), max_length=30, help_text=_("Par exemple : 3 480 ou 72 %"))
    label = blocks.CharBlock(label=_("Libellé"), max_length=150)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Chiffres"), min_num=1, max_num=6)

    class Meta:
        icon = "order"
        label = _("Chiffres clés")
        description = _("De un à six chiffres marquants, chacun avec son libellé.")
        template = "blocks/key_figures.html"
        preview_value = {
            "title": "L’année en chiffres",
            "figures": [{"number": "3 480", "label": "plaintes reçues"}, {"number": "112", "label": "visites"}],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=200)
    text = blocks.TextBlock(label=_("Texte"), required=False)
    page = blocks.PageChooserBlock(label=_("Page du site"), required=False)
    url = blocks.URLBlock(label=_("Ou adresse externe"), required=False)
    button_label = blocks.CharBlock(label=_("Libellé du bouton"), max_length=80)

    class Meta:
        icon = "link"
        label = _("Appel à l’action")
        description = _("Un encadré qui invite à agir, avec un bouton vers une page.")
        template = "blocks/call_to_action.html"
        preview_value = {
            "title": "Déposer une plainte",
            "text": "Toute personne peut saisir le Conseil, en ligne ou dans une commission régionale.",
            "url": "https://example.org/plainte",
            "button_label": "Saisir le Conseil",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choisissez une page ou une adresse."))}
            )
        return value


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Réponse"), features=TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordéon")
        description = _("Des questions et leurs réponses, dépliables une à une.")
        template = "blocks/accordion.html"
        preview_value = {
            "title": "Questions fréquentes",
            "items": [
                {"question": "Comment déposer une plainte ?", "answer": "<p>En ligne ou dans un bureau régional.</p>"}
            ],
        }


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=200)
    images = blocks.ListBlock(ImageBlock(), label=_("Images"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Galerie d’images")
        description = _("Plusieurs images présentées ensemble, chacune avec sa légende.")
        template = "blocks/gallery.html"

    def get_preview_value(self):
        image = _first_image()
        item = {"image": image, "alt_text": "Atelier de formation", "caption": "", "credit": ""}
        return {"title": "En images", "images": [item, item]}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    table = TableBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    gallery = GalleryBlock()
