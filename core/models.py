from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class TaskFailure(models.Model):
    """One background call (task and arguments) that failed at least once, for the failed-task report.

    The row follows the call through its retries: it stays open while a retry is scheduled,
    is marked failed when the attempts are spent, and resolved once an attempt succeeds.
    """

    class State(models.TextChoices):
        RETRYING = "retrying", _("Nouvelle tentative prévue")
        FAILED = "failed", _("Échec définitif")
        RESOLVED = "resolved", _("Réussie après nouvelle tentative")

    call_key = models.CharField(max_length=64, unique=True, editable=False)
    task_path = models.CharField(_("tâche"), max_length=255)
    arguments = models.JSONField(_("arguments"), default=dict)
    backend = models.CharField(max_length=64)
    state = models.CharField(_("état"), max_length=16, choices=State.choices, default=State.RETRYING)
    attempts = models.PositiveIntegerField(_("tentatives"), default=0)
    exception_class = models.CharField(_("erreur"), max_length=255, blank=True)
    traceback = models.TextField(blank=True)
    first_failed_at = models.DateTimeField(_("premier échec"), auto_now_add=True)
    last_failed_at = models.DateTimeField(_("dernier échec"))
    next_attempt_at = models.DateTimeField(_("prochaine tentative"), null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_failed_at"]
        verbose_name = _("tâche en échec")
        verbose_name_plural = _("tâches en échec")
        indexes = [models.Index(fields=["state", "last_failed_at"])]

    def __str__(self):
        return self.task_path

    @property
    def task_name(self):
        return self.task_path.rsplit(".", 1)[-1]


@register_setting(icon="link")
class FooterLinks(BaseSiteSetting):
    """The institutional pages every page links to from its footer (Paramètres › Pied de page).

    Chosen once, in any language: each reader gets the page's live translation in their
    language, and a page without one is left out of that language's footer.
    """

    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Mentions légales"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Protection des données personnelles"),
        help_text=_("Aussi proposée sous le formulaire d’inscription au bulletin."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("legal_notice_page"), FieldPanel("privacy_page"), FieldPanel("contact_page")]

    class Meta:
        verbose_name = _("Pied de page")
