from django.db import models
from django.utils.translation import gettext_lazy as _

from search.text import analysis_version


class SearchEntry(models.Model):
    """One live page as the site search sees it, in its own language.

    The `norm_*` columns hold the normalised text (search.text); on PostgreSQL
    migration 0002 adds two generated tsvector columns built with the language's
    text-search configuration: `search_vector` (title A, summary B, body C,
    documents D; GIN-indexed, for matching) and `rank_vector` (title and
    summary, kept in the row, for ranking).
    """

    class Kind(models.TextChoices):
        NEWS = "news", _("Actualité")
        PUBLICATION = "publication", _("Publication")
        PAGE = "page", _("Page")

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="search_entry")
    # The page's tree path, copied so a search never joins the page table to leave out private sections.
    path = models.CharField(max_length=255)
    language = models.CharField(max_length=12)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    date = models.DateField(null=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    norm_title = models.TextField(blank=True)
    norm_summary = models.TextField(blank=True)
    norm_body = models.TextField(blank=True)
    norm_document = models.TextField(blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.title


class DocumentText(models.Model):
    """Text extracted from a document, kept until its file changes."""

    document = models.OneToOneField("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    file_hash = models.CharField(max_length=40)
    norm_text = models.TextField(blank=True)
    # The search analysis that produced norm_text; a rebuild extracts the text again when it differs.
    analysis = models.CharField(max_length=12, default=analysis_version)
    readable = models.BooleanField(default=True)
    extracted_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.document_id}: {len(self.norm_text)} characters"


class SearchWord(models.Model):
    """A word of the live pages of one language, for "did you mean" when a search finds nothing.

    `folded` is the word without case, accents or hamza seats, compared by
    trigram similarity on PostgreSQL (GIN index added by migration 0004); `term`
    is its search term, which tells whether a word typed by a reader is known.
    """

    language = models.CharField(max_length=12)
    word = models.CharField(max_length=64)
    folded = models.CharField(max_length=64)
    term = models.CharField(max_length=64)
    documents = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")]
        indexes = [models.Index(fields=["language", "term"], name="search_word_term")]

    def __str__(self):
        return self.word


class QueryLanguageHits(models.Model):
    """How often a query was searched in one language on one day, and how often it found nothing.

    Alongside Wagtail's QueryDailyHits, which counts all languages together and
    feeds the promotions admin. Nothing about the reader is kept: no address,
    no user, no session.
    """

    query = models.ForeignKey("wagtailsearchpromotions.Query", on_delete=models.CASCADE, related_name="language_hits")
    language = models.CharField(max_length=12)
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)
    hits_without_results = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "date"], name="search_query_language_day"),
        ]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.date}): {self.hits}"
