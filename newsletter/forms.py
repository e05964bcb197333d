from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from newsletter.models import normalize_email

CONSENT_TEXT = _(
    "Vous recevrez le bulletin d’information du Conseil par courrier électronique. "
    "Un lien de désinscription figure dans chaque message."
)


class SubscriptionForm(forms.Form):
    email = forms.EmailField(
        label=_("Adresse électronique"),
        max_length=254,
        error_messages={
            "required": _("Indiquez votre adresse électronique."),
            "invalid": _("Cette adresse électronique n’est pas valide. Exemple : nom@exemple.ma"),
            "max_length": _("Cette adresse électronique est trop longue."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr", "spellcheck": "false"}),
    )
    language = forms.ChoiceField(
        label=_("Langue du bulletin"),
        choices=settings.LANGUAGES,
        error_messages={"invalid_choice": _("Choisissez une langue proposée.")},
    )
    # Left empty by people, who never see it; bots that fill every field give themselves away.
    website = forms.CharField(
        label=_("Ne remplissez pas ce champ"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))
