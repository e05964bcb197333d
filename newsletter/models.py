import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """One address on the "Bulletin d’information" list, confirmed by double opt-in."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente de confirmation")
        CONFIRMED = "confirmed", _("Confirmé")
        UNSUBSCRIBED = "unsubscribed", _("Désinscrit")

    class Source(models.TextChoices):
        FOOTER = "footer", _("Pied de page")
        PAGE = "page", _("Page du bulletin")

    email = models.EmailField(_("Adresse électronique"), max_length=254, unique=True)
    language = models.CharField(_("Langue préférée"), max_length=10, choices=settings.LANGUAGES, db_index=True)
    status = models.CharField(_("Statut"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True)
    # Random and secret; the links in e-mails carry it signed. Changing it invalidates old links.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    source = models.CharField(_("Formulaire"), max_length=20, choices=Source.choices, default=Source.PAGE)
    consent_text = models.TextField(_("Texte accepté"), blank=True, editable=False)
    consent_at = models.DateTimeField(_("Consentement confirmé le"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("Inscrit le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Modifié le"), auto_now=True)
    confirmation_sent_at = models.DateTimeField(_("Confirmation envoyée le"), null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(_("Confirmé le"), null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(_("Désinscrit le"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Abonné au bulletin")
        verbose_name_plural = _("Abonnés au bulletin")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        super().save(*args, **kwargs)

    def confirm(self):
        if self.status != self.Status.CONFIRMED:
            now = timezone.now()
            self.status = self.Status.CONFIRMED
            self.confirmed_at = now
            self.consent_at = now
            self.unsubscribed_at = None
            self.save()

    def unsubscribe(self):
        if self.status != self.Status.UNSUBSCRIBED:
            self.status = self.Status.UNSUBSCRIBED
            self.unsubscribed_at = timezone.now()
            self.save()


def normalize_email(email):
    # One person, one row: addresses are compared without case or surrounding spaces.
    return (email or "").strip().lower()
