"""Who may enter the admin: password and, where set up, a one-time code; lockouts; throttled resets.

- Wrong passwords are counted per account and per client address by django-axes
  (`AXES_*` settings); a locked-out visitor gets `lockout_response`, which says for
  how long and who can unlock.
- Two-factor authentication (django-otp, TOTP) is offered to every admin user and
  required of superusers and of the groups in `TWO_FACTOR_REQUIRED_GROUPS`: the code
  is typed in Wagtail's own login form (`LoginForm`), and `TwoFactorMiddleware` keeps
  an unverified session out of the admin until the code is given or, where it is
  required, until an authenticator app is set up.
- Password-reset mails are limited per client address and per e-mail address.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.views.account import PasswordResetView

from core import rate_limits
from core.client_address import client_address

PASSWORD_RESET_WINDOW = 3600
PASSWORD_RESET_LIMITS = {"client": 10, "address": 3}


def two_factor_required(user):
    """Superusers and members of the groups named in TWO_FACTOR_REQUIRED_GROUPS must use a second factor."""
    if not getattr(settings, "TWO_FACTOR_REQUIRED", True) or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    groups = getattr(settings, "TWO_FACTOR_REQUIRED_GROUPS", ())
    return user.groups.filter(name__in=groups).exists()


class LoginForm(WagtailLoginForm):
    """Wagtail's login form with a one-time code, asked of users who have set up an authenticator app."""

    otp_token = forms.CharField(
        label=_("Code à usage unique"),
        help_text=_("Les six chiffres affichés par votre application d’authentification, si vous l’avez activée."),
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "dir": "ltr"}),
    )

    otp_error_messages = {
        "token_required": _("Saisissez le code à six chiffres affiché par votre application d’authentification."),
        "invalid_token": _("Ce code n’est pas valide ou a expiré. Saisissez le code affiché en ce moment."),
        "throttled": _("Trop de codes erronés : patientez quelques instants avant de réessayer."),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None:
            self._verify_second_factor(user)
        return cleaned_data

    def _verify_second_factor(self, user):
        # django-otp locks the devices (select_for_update) so that one code cannot be used twice at
        # once; the refusal is raised after the commit so that a wrong code still counts for throttling.
        with transaction.atomic():
            error = self._second_factor_error(user)
        if error:
            raise forms.ValidationError(self.otp_error_messages[error], code=error)

    def _second_factor_error(self, user):
        devices = list(devices_for_user(user, confirmed=True, for_verify=True))
        if not devices:
            return None
        token = (self.cleaned_data.get("otp_token") or "").strip().replace(" ", "")
        if not token:
            return "token_required"
        for device in devices:
            allowed, _extra = device.verify_is_allowed()
            if not allowed:
                return "throttled"
            if device.verify_token(token):
                # django-otp's user_logged_in receiver records this device as verified in the session.
                user.otp_device = device
                return None
        return "invalid_token"


def _admin_prefix():
    return reverse("wagtailadmin_home")


# Reachable by a signed-in user who still owes a second factor.
OPEN_URL_NAMES = {"wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_javascript_catalog", "wagtailadmin_sprite"}
SETUP_URL_NAMES = {"two_factor_setup"}


class TwoFactorMiddleware:
    """Keeps admin sessions without their second factor out of the admin (after django-otp's OTPMiddleware).

    A user with an authenticator app whose session was opened without its code is signed
    out; a user who must use one and has none is sent to set it up.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self._intercept(request)
        return response or self.get_response(request)

    def _intercept(self, request):
        # The path first: reading request.user opens the session, which adds `Vary: Cookie` to public pages.
        if not request.path_info.startswith(_admin_prefix()):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if user.is_verified():
            return None
        url_name = _url_name(request)
        if url_name in OPEN_URL_NAMES:
            return None
        if user_has_device(user, confirmed=True):
            logout(request)
            messages.info(request, _("Connectez-vous avec votre mot de passe et le code de votre application."))
            return redirect(f"{reverse('wagtailadmin_login')}?next={request.path}")
        if two_factor_required(user) and url_name not in SETUP_URL_NAMES:
            return redirect("two_factor_setup")
        return None


def _url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


def lockout_response(request, original_response=None, credentials=None):
    """What django-axes answers once an account or an address is locked out: a page that says why and what to do."""
    cooloff = settings.AXES_COOLOFF_TIME
    minutes = int(cooloff.total_seconds() // 60) if cooloff else None
    response = render(
        request,
        "core/admin_lockout.html",
        {"minutes": minutes, "login_url": reverse("wagtailadmin_login")},
        status=429,
    )
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, refusing more than a few mails per client and per address in an hour."""

    def form_valid(self, form):
        email = (form.cleaned_data.get("email") or "").strip().lower()
        verdict = rate_limits.check(
            "password-reset",
            {
                "client": (client_address(self.request), PASSWORD_RESET_LIMITS["client"]),
                "address": (email, PASSWORD_RESET_LIMITS["address"]),
            },
            PASSWORD_RESET_WINDOW,
        )
        if verdict is not rate_limits.Verdict.ALLOWED:
            form.add_error(
                None,
                _("Trop de demandes de réinitialisation en peu de temps. Réessayez dans une heure.")
                if verdict is rate_limits.Verdict.LIMITED
                else _("La réinitialisation est momentanément indisponible. Réessayez dans quelques minutes."),
            )
            response = self.form_invalid(form)
            response.status_code = 429 if verdict is rate_limits.Verdict.LIMITED else 503
            return response
        return super().form_valid(form)
