from functools import partial

from django.db import models
from django.db.models import Q
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import seo
from core.blocks import BodyBlock
from core.content_cache import public_q
from core.page_slugs import TransliteratedSlugMixin
from core.view_restrictions import KnownViewRestrictionsMixin
from news.listing import newest_first, with_card_images
from news.models import ArticlePage, featured_publications


class HomePage(KnownViewRestrictionsMixin, TransliteratedSlugMixin, Page):
    """The root of each language's tree: `/fr/`, `/ar/`."""

    intro = StreamField(BodyBlock(), blank=True, verbose_name=_("Introduction"))
    hero_article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("Article à la une"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Par défaut, l’article le plus récent."),
    )
    newsletter_teaser = models.CharField(
        _("Accroche du bulletin d’information"),
        max_length=250,
        blank=True,
        default="",
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_article"),
        FieldPanel("intro"),
        FieldPanel("newsletter_teaser"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "news.NewsIndexPage", "news.PublicationIndexPage"]

    class Meta:
        verbose_name = _("Page d’accueil")
        verbose_name_plural = _("Pages d’accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Looked up only if the page's kept fragment is missing (templates/home/home_page.html).
        context["news"] = SimpleLazyObject(self.hero_and_latest_news)
        context["featured_publications"] = partial(featured_publications, self.locale_id)
        return context

    def get_structured_data(self, request, image=None):
        return seo.organization(request)

    def hero_and_latest_news(self, latest_count=4):
        """The hero (the editor's choice if live, else the latest article) and the latest news after it."""
        articles = ArticlePage.objects.live().filter(public_q(), locale_id=self.locale_id).defer_streamfields()
        latest_ids = newest_first(articles).values("pk")[: latest_count + 1]
        chosen = Q(pk__in=latest_ids) | Q(pk=self.hero_article_id) if self.hero_article_id else Q(pk__in=latest_ids)
        rows = list(with_card_images(newest_first(articles.filter(chosen)), "main_image"))
        hero = next((row for row in rows if row.pk == self.hero_article_id), None) or (rows[0] if rows else None)
        return {"hero": hero, "latest": [row for row in rows if row is not hero][:latest_count]}


class StandardPage(KnownViewRestrictionsMixin, TransliteratedSlugMixin, Page):
    """Institutional pages: mandate, composition, regional offices, contact, legal notice."""

    summary = models.TextField(_("Résumé"), blank=True, max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Contenu"))
    show_side_menu = models.BooleanField(
        _("Afficher le menu latéral"), default=False, help_text=_("Liste les pages sœurs dans une colonne.")
    )

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    settings_panels = Page.settings_panels + [FieldPanel("show_side_menu")]

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("Page institutionnelle")
        verbose_name_plural = _("Pages institutionnelles")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.show_side_menu:
            context["side_menu"] = self.get_parent().get_children().live().public().in_menu().order_by("path")
        return context
