import datetime
from functools import partial

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.models import TranslationSource

from core import seo
from core.blocks import BodyBlock
from core.content_cache import public_q
from core.page_slugs import TransliteratedSlugMixin
from core.translations import prefer_locale, with_translations
from core.view_restrictions import KnownViewRestrictionsMixin
from news import listing
from news.admin_forms import ListedPageForm
from news.feeds import feed_response
from news.reading import reading_minutes


class TaxonomyTerm(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A translatable term whose slug is shared by every language, so filters work in both.

    Terms go through the moderators like pages: a change by the communication team or a
    translator is a draft (kept in a revision; the row keeps the live values) until a
    moderator publishes it or approves it in the review workflow. The public site reads
    live terms only (`live_terms`).
    """

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

    @property
    def revisions(self):
        return self._revisions


def _revision_relations(query_name):
    """The generic relations Wagtail's docs give a snippet with revisions and workflows."""
    return (
        GenericRelation("wagtailcore.Revision", related_query_name=query_name),
        GenericRelation(
            "wagtailcore.WorkflowState",
            content_type_field="base_content_type",
            object_id_field="object_id",
            related_query_name=query_name,
            for_concrete_model=False,
        ),
    )


def live_terms(model):
    """The terms readers may see: published ones, with their published values (drafts live in revisions)."""
    return model.objects.filter(live=True)


@register_snippet
class Theme(TaxonomyTerm):
    description = models.TextField(_("Description"), blank=True)
    _revisions, workflow_states = _revision_relations("theme")

    panels = TaxonomyTerm.panels + [FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Thème")
        verbose_name_plural = _("Thèmes")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")]


@register_snippet
class PublicationType(TaxonomyTerm):
    _revisions, workflow_states = _revision_relations("publication_type")

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Type de publication")
        verbose_name_plural = _("Types de publication")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_publication_type_slug_per_locale")
        ]


class ListedPage(KnownViewRestrictionsMixin, TransliteratedSlugMixin, Page):
    """The base of the items an index lists: a date, a summary for listings and feeds, themes, a body."""

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

    base_form_class = ListedPageForm

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        return [{"location": self.get_full_url(request), "lastmod": self.last_published_at or timezone.now()}]

    def localized_themes(self):
        """The page's themes named in the page's language, in one query."""
        field = self._meta.get_field("themes")
        through = field.remote_field.through
        linked = through.objects.filter(**{field.m2m_field_name(): self.pk}).values(field.m2m_reverse_field_name())
        themes = prefer_locale(with_translations(Theme, linked, self.locale_id).filter(live=True), self.locale_id)
        return sorted(themes.values(), key=lambda theme: theme.name.casefold())

    @property
    def reading_minutes(self):
        return reading_minutes(self.summary, self.body)


class ListingIndexMixin(RoutablePageMixin):
    """An index that lists its children newest first, with validated filters and RSS/Atom feeds."""

    child_image_field = "main_image"
    feed_routes = ("rss", "atom")

    def child_model(self):
        raise NotImplementedError

    def listing_filters(self):
        raise NotImplementedError

    def children_for_listing(self):
        return listing.children_of(self, self.child_model())

    def route(self, request, path_components):
        # A child is fetched with its specific fields in one query instead of Wagtail's two.
        if self.live and len(path_components) == 1 and path_components[0] not in self.feed_routes:
            child = (
                self.child_model()
                .objects.filter(path__startswith=self.path, depth=self.depth + 1, slug=path_components[0])
                .select_related(*self.child_related_fields)
                .first()
            )
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, [])
        return super().route(request, path_components)

    @path("")
    def listing_view(self, request):
        context = listing.build_listing(
            self, request, self.children_for_listing(), self.listing_filters(), self.child_image_field
        )
        return self.render(request, context_overrides={"listing": context})

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return feed_response(self, request, self.child_model(), self.child_image_field, "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return feed_response(self, request, self.child_model(), self.child_image_field, "atom")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_urls"] = self.feed_urls(request)
        return context

    def get_cached_paths(self):
        # Purged with the listing: its feeds (core/purges.py; filtered and paginated pages go with the path).
        return ["/", "/" + self.reverse_subpage("rss"), "/" + self.reverse_subpage("atom")]

    def feed_urls(self, request=None):
        base = self.get_url(request)
        return {"rss": base + self.reverse_subpage("rss"), "atom": base + self.reverse_subpage("atom")}


class NewsIndexPage(KnownViewRestrictionsMixin, TransliteratedSlugMixin, ListingIndexMixin, Page):
    """ "Actualités": lists its articles, newest first, with filters and feeds."""

    intro = models.TextField(_("Introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count_per_parent = 1

    child_related_fields = ("main_image",)

    class Meta:
        verbose_name = _("Index des actualités")
        verbose_name_plural = _("Index des actualités")

    def child_model(self):
        return ArticlePage

    def listing_filters(self):
        return [
            listing.theme_filter(self, ArticlePage.themes.through, "articlepage"),
            listing.Filter(
                "kind",
                _("Type"),
                _("Tous les types"),
                [(value, str(label)) for value, label in ArticlePage.Kind.choices],
                lambda queryset, value: queryset.filter(kind=value),
            ),
        ]


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(ListedPage):
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
    main_image_decorative = models.BooleanField(
        _("Image décorative"),
        default=False,
        db_default=False,  # rows inserted in bulk by bench/ name no column for it
        help_text=_("Cochez si l’image n’apporte aucune information ; le texte alternatif sera vide."),
    )
    main_image_caption = models.CharField(_("Légende de l’image"), max_length=300, blank=True)
    main_image_credit = models.CharField(_("Crédit de l’image"), max_length=150, blank=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("Mots-clés"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("kind")], heading=_("Publication")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("main_image"),
                FieldPanel("main_image_decorative"),
                FieldPanel("main_image_caption"),
                FieldPanel("main_image_credit"),
            ],
            heading=_("Image principale"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("themes", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")], heading=_("Classement")
        ),
        InlinePanel("related_links", label=_("Pages liées"), max_num=3),
    ]

    search_fields = ListedPage.search_fields + [index.FilterField("kind")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Article")
        verbose_name_plural = _("Articles")
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="article_date_desc")]

    search_kind = "news"
    og_type = "article"
    route_related_fields = ("main_image",)  # loaded with the page by core.routing

    def get_structured_data(self, request, image=None):
        return seo.article_data(self, request, image)

    @property
    def main_image_alt(self):
        """The main image's text alternative: its description, else its title; none if decorative."""
        if self.main_image is None or self.main_image_decorative:
            return ""
        return self.main_image.default_alt_text

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Called by the template inside its cached fragment, so a cache hit queries nothing.
        context["related_pages"] = self.related_articles
        context["featured_publications"] = partial(featured_publications, self.locale_id)
        return context

    def related_articles(self, limit=3):
        """The editor's related pages, completed by the latest live articles sharing a theme."""
        related = self.chosen_related_pages(limit)
        if len(related) < limit:
            shown = [self.pk, *(page.pk for page in related)]
            related += list(self.articles_sharing_a_theme(shown, limit - len(related)))
        listing.prefetch_card_images([page for page in related if isinstance(page, ArticlePage)], "main_image")
        return related

    def chosen_related_pages(self, limit):
        """The editor's choices, each in the page's language; one that exists only in another language is dropped.

        A translation keeps its source's choices, which point at source-language pages.
        """
        # Sliced after reading: in a preview, related_links is modelcluster's in-memory queryset.
        chosen_ids = list(self.related_links.order_by("sort_order").values_list("related_page_id", flat=True))[:limit]
        pages = list(
            with_translations(Page, chosen_ids, self.locale_id).live().filter(public_q()).specific(defer=False)
        )
        key_of = {page.pk: page.translation_key for page in pages}
        in_locale = {page.translation_key: page for page in pages if page.locale_id == self.locale_id}
        related = []
        for pk in chosen_ids:
            page = in_locale.get(key_of.get(pk))
            if page is not None and page.pk != self.pk and page not in related:
                related.append(page)
        return related

    def articles_sharing_a_theme(self, exclude_ids, limit):
        """The latest live articles in the page's language sharing one of its themes (by slug, any language)."""
        through = ArticlePage.themes.through
        my_theme_slugs = (
            live_terms(Theme)
            .filter(pk__in=through.objects.filter(articlepage=self.pk).values("theme_id"))
            .values("slug")
        )
        sharing = through.objects.filter(theme__slug__in=my_theme_slugs, theme__live=True).values("articlepage_id")
        articles = (
            ArticlePage.objects.live()
            .filter(public_q(), locale_id=self.locale_id, pk__in=sharing)
            .exclude(pk__in=exclude_ids)
            .defer_streamfields()
        )
        return listing.newest_first(articles)[:limit]


class ArticleRelatedLink(Orderable):
    """Up to three pages chosen by the editor; the page completes the list by shared themes."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("Page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("related_page")]


class PublicationIndexPage(KnownViewRestrictionsMixin, TransliteratedSlugMixin, ListingIndexMixin, Page):
    """ "Publications": reports, studies, opinions, with filters by type, theme and year."""

    intro = models.TextField(_("Introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.PublicationPage"]
    max_count_per_parent = 1

    child_image_field = "cover_image"
    child_related_fields = ("cover_image", "document")

    class Meta:
        verbose_name = _("Index des publications")
        verbose_name_plural = _("Index des publications")

    def child_model(self):
        return PublicationPage

    def children_for_listing(self):
        return super().children_for_listing().select_related("publication_type")

    def listing_filters(self):
        types = listing.cached(
            f"publication-type-options:{self.locale_id}",
            lambda: listing.localized_terms("news.PublicationType", self.locale_id),
        )
        return [
            listing.Filter(
                "type",
                _("Type de publication"),
                _("Tous les types"),
                types,
                lambda queryset, value: queryset.filter(publication_type__slug=value),
            ),
            listing.theme_filter(self, PublicationPage.themes.through, "publicationpage"),
        ]


class PublicationPage(ListedPage):
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
        MultiFieldPanel(
            [FieldPanel("featured"), FieldPanel("themes", widget=forms.CheckboxSelectMultiple)],
            heading=_("Classement"),
        ),
    ]

    search_fields = ListedPage.search_fields + [index.FilterField("featured")]

    parent_page_types = ["news.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Publication")
        verbose_name_plural = _("Publications")
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="publication_date_desc")]

    search_kind = "publication"
    route_related_fields = ("cover_image", "document")  # loaded with the page by core.routing

    def get_structured_data(self, request, image=None):
        return seo.report_data(self, request, image)

    def annex_list(self):
        return self.annexes.select_related("document")

    def document_language(self):
        """The language of the main PDF when this translation still offers the original's file, else None.

        A translator replaces the PDF with the edition in the page's language when there is one;
        until then readers are told which language the file they download is in.
        """
        if not self.document_id:
            return None
        source = TranslationSource.objects.filter(object_id=self.translation_key).select_related("locale").first()
        if source is None or source.locale_id == self.locale_id:
            return None
        original = PublicationPage.objects.filter(translation_key=self.translation_key, locale_id=source.locale_id)
        return source.locale.language_code if original.filter(document_id=self.document_id).exists() else None

    def indexed_documents(self):
        """The files whose text the site search indexes with the page: the main PDF, then the annexes."""
        documents = [self.document] if self.document_id else []
        return documents + [annex.document for annex in self.annex_list()]

    @classmethod
    def ids_using_document(cls, document):
        """Live publications whose indexed text includes `document`'s."""
        return (
            cls.objects.live()
            .filter(models.Q(document=document) | models.Q(annexes__document=document))
            .values_list("pk", flat=True)
            .distinct()
        )

    def localized_publication_type(self):
        if self.publication_type_id is None:
            return None
        rows = with_translations(PublicationType, [self.publication_type_id], self.locale_id).filter(live=True)
        return next(iter(prefer_locale(rows, self.locale_id).values()), None)

    def listing_type_label(self):
        """The publication type's published name for the listing card; nothing while the type awaits review."""
        kind = self.publication_type
        return kind.name if kind is not None and kind.live else ""


def featured_publications(locale_id, limit=3):
    queryset = (
        PublicationPage.objects.live().filter(public_q(), locale_id=locale_id, featured=True).defer_streamfields()
    )
    queryset = listing.with_card_images(
        queryset.order_by("-date", "-page_ptr_id"), "cover_image", listing.COVER_RENDITIONS
    )
    return list(queryset[:limit])


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
