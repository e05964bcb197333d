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
