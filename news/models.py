import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from news.blocks import BodyBlock


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A translatable term whose slug is shared by every language, so filters work in both."""

    name = models.CharField(_("Nom"), max_length=120)
    slug = models.SlugField(
        _("Identifiant"), max_length=80, help_text=_("Identique dans toutes les langues ; sert aux filtres.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class Theme(TaxonomyTerm):
    description = models.TextField(_("Description"), blank=True)

    panels = TaxonomyTerm.panels + [FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Thème")
        verbose_name_plural = _("Thèmes")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")]


@register_snippet
class PublicationType(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Type de publication")
        verbose_name_plural = _("Types de publication")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_publication_type_slug_per_locale")
        ]


class ListingPage(Page):
    """What articles and publications share: a date, a summary for listings and feeds, themes."""

    date = models.DateField(_("Date"), default=datetime.date.today, db_index=True)
    summary = models.TextField(
        _("Résumé"),
        max_length=400,
        help_text=_("Texte court, sans mise en forme : listes, flux et description pour les moteurs de recherche."),
    )
    themes = ParentalManyToManyField("news.Theme", blank=True, verbose_name=_("Thèmes"), related_name="+")
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Contenu"))

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("locale_id"),
    ]

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        return [{"location": self.get_full_url(request), "lastmod": self.last_published_at or timezone.now()}]


class NewsIndexPage(Page):
    """ "Actualités": lists its articles, newest first, with filters and feeds."""

    intro = models.TextField(_("Introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Index des actualités")
        verbose_name_plural = _("Index des actualités")


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(ListingPage):
    class Kind(models.TextChoices):
        NEWS = "actualite", _("Actualité")
        PRESS_RELEASE = "communique", _("Communiqué de presse")

    kind = models.CharField(_("Type"), max_length=20, choices=Kind.choices, default=Kind.NEWS, db_index=True)
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Image principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_image_caption = models.CharField(_("Légende de l’image"), max_length=300, blank=True)
    main_image_credit = models.CharField(_("Crédit de l’image"), max_length=150, blank=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("Mots-clés"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("kind")], heading=_("Publication")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("main_image"), FieldPanel("main_image_caption"), FieldPanel("main_image_credit")],
            heading=_("Image principale"),
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("themes"), FieldPanel("tags")], heading=_("Classement")),
        InlinePanel("related_links", label=_("Pages liées"), max_num=3),
    ]

    search_fields = ListingPage.search_fields + [index.FilterField("kind")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Article")
        verbose_name_plural = _("Articles")
        indexes = [models.Index(fields=["-date", "page_ptr"], name="article_date_desc")]


class ArticleRelatedLink(Orderable):
    """Up to three pages chosen by the editor; the page completes the list by shared themes."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("Page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("related_page")]


class PublicationIndexPage(Page):
    """ "Publications": reports, studies, opinions, with filters by type, theme and year."""

    intro = models.TextField(_("Introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.PublicationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Index des publications")
        verbose_name_plural = _("Index des publications")


class PublicationPage(ListingPage):
    publication_type = models.ForeignKey(
        "news.PublicationType",
        verbose_name=_("Type de publication"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Couverture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Document principal (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Dans la traduction arabe, remplacez-le par l’édition arabe quand elle existe."),
    )
    featured = models.BooleanField(_("À la une"), default=False, db_index=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("publication_type"), FieldPanel("date")], heading=_("Publication")),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("document"),
        InlinePanel("annexes", label=_("Annexes")),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("featured"), FieldPanel("themes")], heading=_("Classement")),
    ]

    search_fields = ListingPage.search_fields + [index.FilterField("featured")]

    parent_page_types = ["news.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Publication")
        verbose_name_plural = _("Publications")
        indexes = [models.Index(fields=["-date", "page_ptr"], name="publication_date_desc")]


class PublicationAnnex(TranslatableMixin, Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="annexes")
    title = models.CharField(_("Intitulé"), max_length=200)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("Document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("title"), FieldPanel("document")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Annexe")
        verbose_name_plural = _("Annexes")
