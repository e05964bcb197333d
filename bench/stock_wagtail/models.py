"""The page models a developer writes from the tutorial: fields, a StreamField, `get_context` for listings.

The blocks carry the site's block names and fields (plain Wagtail blocks, templates of a few
lines), so the benchmark copies each page's stream data as it is. Listings paginate with
Django's Paginator over `get_children().live().specific()`, 12 to a page as the site does.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

PER_PAGE = 12


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock()
    level = blocks.ChoiceBlock(choices=[("h2", "h2"), ("h3", "h3"), ("h4", "h4")], default="h2")

    class Meta:
        template = "stock_wagtail/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(required=False)
    decorative = blocks.BooleanBlock(required=False)
    caption = blocks.CharBlock(required=False)
    credit = blocks.CharBlock(required=False)

    class Meta:
        template = "stock_wagtail/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        template = "stock_wagtail/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock()
    video = EmbedBlock()
    transcript = blocks.RichTextBlock(required=False)

    class Meta:
        template = "stock_wagtail/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False)

    class Meta:
        template = "stock_wagtail/blocks/document.html"


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock()
    label = blocks.CharBlock()


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False)
    figures = blocks.ListBlock(KeyFigureBlock())

    class Meta:
        template = "stock_wagtail/blocks/key_figures.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock()
    text = blocks.TextBlock(required=False)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False)
    button_label = blocks.CharBlock()

    class Meta:
        template = "stock_wagtail/blocks/call_to_action.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.RichTextBlock()


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False)
    items = blocks.ListBlock(AccordionItemBlock())

    class Meta:
        template = "stock_wagtail/blocks/accordion.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False)
    images = blocks.ListBlock(ImageBlock())

    class Meta:
        template = "stock_wagtail/blocks/gallery.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(template="stock_wagtail/blocks/paragraph.html")
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    table = TableBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    gallery = GalleryBlock()


def paginate(request, queryset):
    paginator = Paginator(queryset, PER_PAGE)
    try:
        return paginator.page(request.GET.get("page"))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class HomePage(Page):
    intro = StreamField(BodyBlock(), blank=True)
    hero_article = models.ForeignKey("stock_wagtail.ArticlePage", null=True, blank=True, on_delete=models.SET_NULL)
    newsletter_teaser = models.CharField(max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("hero_article"), FieldPanel("intro")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        latest = list(ArticlePage.objects.live().order_by("-date", "-pk")[:5])
        hero = self.hero_article if self.hero_article and self.hero_article.live else (latest[0] if latest else None)
        context["hero"] = hero
        context["latest"] = [article for article in latest if article != hero][:4]
        context["featured_publications"] = PublicationPage.objects.live().filter(featured=True).order_by("-date")[:3]
        return context


class NewsIndexPage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["stock_wagtail.ArticlePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().specific().order_by("-articlepage__date", "-pk")
        context["items"] = paginate(request, children)
        return context


class ArticlePage(Page):
    KINDS = [("actualite", "Actualité"), ("communique", "Communiqué")]

    date = models.DateField("Date")
    kind = models.CharField(max_length=20, choices=KINDS, default="actualite")
    summary = models.TextField(blank=True)
    main_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    main_image_caption = models.CharField(max_length=300, blank=True)
    main_image_credit = models.CharField(max_length=150, blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("main_image"),
        FieldPanel("body"),
    ]


class PublicationIndexPage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["stock_wagtail.PublicationPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().specific().order_by("-publicationpage__date", "-pk")
        context["items"] = paginate(request, children)
        return context


class PublicationPage(Page):
    date = models.DateField("Date")
    summary = models.TextField(blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    featured = models.BooleanField(default=False)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("document"),
        FieldPanel("body"),
    ]


class StandardPage(Page):
    summary = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
