from django.db import models
from django.utils.translation import gettext_lazy as _


class LegacyItem(models.Model):
    """One item of the old site in one language, and the page it became.

    Re-running the import finds items here by legacy id and language: an unchanged item (same
    content hash) is left alone, a changed one updates its page, none is created twice.
    """

    legacy_id = models.CharField(_("Identifiant dans l’ancien site"), max_length=64)
    language = models.CharField(_("Langue"), max_length=12)
    translation_set = models.CharField(_("Ensemble de traductions"), max_length=64, blank=True)
    legacy_paths = models.JSONField(_("Anciennes adresses"), default=list, blank=True)
    content_hash = models.CharField(_("Empreinte du contenu"), max_length=64)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    first_imported_at = models.DateTimeField(_("Première importation"), auto_now_add=True)
    last_imported_at = models.DateTimeField(_("Dernière importation"), auto_now=True)

    class Meta:
        verbose_name = _("Contenu importé de l’ancien site")
        verbose_name_plural = _("Contenus importés de l’ancien site")
        constraints = [models.UniqueConstraint(fields=["legacy_id", "language"], name="unique_legacy_item")]

    def __str__(self):
        return f"{self.language}/{self.legacy_id}"
