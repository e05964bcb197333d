"""Setting up, and for those who may, removing the authenticator app that gives the admin's one-time codes."""

import base64

import segno
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.admin_access import two_factor_required

DEVICE_NAME = "Application d’authentification"


class CodeForm(forms.Form):
    action = forms.ChoiceField(choices=[("confirm", "confirm"), ("remove", "remove")], widget=forms.HiddenInput)
    otp_token = forms.CharField(
        label=_("Code à six chiffres"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "dir": "ltr"}),
        error_messages={"required": _("Saisissez le code affiché par votre application.")},
    )


class TwoFactorView(WagtailAdminTemplateMixin, FormView):
    """One page: the QR code and key of a new app until a first code confirms it, then its state."""

    template_name = "core/two_factor.html"
    form_class = CodeForm
    page_title = _("Double authentification")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        self.confirmed = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
        return super().dispatch(request, *args, **kwargs)

    def pending_device(self):
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(user=self.request.user, name=DEVICE_NAME, confirmed=False)

    def get_initial(self):
        return {"action": "remove" if self.confirmed else "confirm"}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["confirmed"] = self.confirmed
        context["required"] = two_factor_required(self.request.user)
        if not self.confirmed:
            device = self.pending_device()
            secret = base64.b32encode(device.bin_key).decode().rstrip("=")
            context["secret"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
            context["qr_svg"] = mark_safe(segno.make(device.config_url, error="m").svg_inline(scale=4, dark="#1f2933"))
        return context

    def form_valid(self, form):
        token = form.cleaned_data["otp_token"].strip().replace(" ", "")
        if form.cleaned_data["action"] == "remove":
            return self._remove(form, token)
        device = self.pending_device()
        if not device.verify_token(token):
            form.add_error("otp_token", _("Ce code n’est pas valide. Saisissez le code affiché en ce moment."))
            return self.form_invalid(form)
        device.confirmed = True
        device.save()
        TOTPDevice.objects.filter(user=self.request.user).exclude(pk=device.pk).delete()
        otp_login(self.request, device)
        messages.success(
            self.request, _("La double authentification est activée : votre code sera demandé à chaque connexion.")
        )
        return redirect("wagtailadmin_home")

    def _remove(self, form, token):
        if self.confirmed is None:
            return redirect("two_factor_setup")
        if two_factor_required(self.request.user):
            form.add_error(None, _("Votre rôle exige la double authentification : elle ne peut pas être désactivée."))
            return self.form_invalid(form)
        if not self.confirmed.verify_token(token):
            form.add_error("otp_token", _("Ce code n’est pas valide. Saisissez le code affiché en ce moment."))
            return self.form_invalid(form)
        TOTPDevice.objects.filter(user=self.request.user).delete()
        messages.success(self.request, _("La double authentification est désactivée."))
        return redirect("two_factor_setup")
