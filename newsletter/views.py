from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from core.client_address import client_address
from core.seo import view_head
from newsletter import rate_limits, subscriptions, tokens
from newsletter.forms import CONSENT_TEXT, SubscriptionForm
from newsletter.models import Subscriber

PAGE_TITLE = gettext_lazy("Bulletin d’information")
LIMITED_MESSAGE = gettext_lazy("Trop de demandes d’inscription en peu de temps. Veuillez réessayer dans une heure.")
UNAVAILABLE_MESSAGE = gettext_lazy(
    "L’inscription est momentanément indisponible. Votre adresse n’a pas été enregistrée : "
    "réessayez dans quelques minutes."
)
OTHER_SITE_MESSAGE = gettext_lazy(
    "Cette demande ne vient pas de notre site. Votre adresse n’a pas été enregistrée : "
    "inscrivez-vous avec le formulaire ci-dessous."
)


def _render(request, template, context=None, status=200, title=PAGE_TITLE, indexable=False):
    context = {
        "seo": view_head(request, title) if indexable else None,
        "title": title,
        "hide_newsletter_signup": True,
        **(context or {}),
    }
    return render(request, template, context, status=status)


def posted_from_this_site(request):
    """Where a browser says the form was posted from (Origin, else Referer) is this site.

    Browsers send Origin with every cross-site POST, so a forged post from another site is
    refused; a request saying neither comes from no browser, and a CSRF token would not
    stop such a client anyway (it would fetch one first).
    """
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None:
        referer = request.META.get("HTTP_REFERER")
        if not referer:
            return True
        parts = urlsplit(referer)
        origin = f"{parts.scheme}://{parts.netloc}"
    return origin in {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}


# The footer form is on every public page, which shared caches keep: it carries no CSRF token
# (a token is a cookie, and a cookie makes a page private). The post is checked to come from this
# site instead; it only ever sends a confirmation message, behind the rate limits, with the same
# answer whatever the address's state, so a forged sign-up reveals and changes nothing.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    """The sign-up page; the footer form posts here too, and gets this page back when something is wrong."""
    if request.method != "POST":
        form = SubscriptionForm(initial={"language": translation.get_language()})
        return _render(request, "newsletter/subscribe.html", {"form": form, "consent": CONSENT_TEXT}, indexable=True)

    if not posted_from_this_site(request):
        form = SubscriptionForm(request.POST)
        form.full_clean()
        form.add_error(None, OTHER_SITE_MESSAGE)
        return _render(request, "newsletter/subscribe.html", {"form": form, "consent": CONSENT_TEXT}, status=403)
    form = SubscriptionForm(request.POST)
    if not form.is_valid():
        return _render(request, "newsletter/subscribe.html", {"form": form, "consent": CONSENT_TEXT})
    if form.is_bot:
        return redirect("newsletter:sent")
    email = form.cleaned_data["email"]
    verdict = rate_limits.check_sign_up(client_address(request), email)
    if verdict is not rate_limits.Verdict.ALLOWED:
        limited = verdict is rate_limits.Verdict.LIMITED
        form.add_error(None, LIMITED_MESSAGE if limited else UNAVAILABLE_MESSAGE)
        context = {"form": form, "consent": CONSENT_TEXT}
        response = _render(request, "newsletter/subscribe.html", context, status=429 if limited else 503)
        response["Retry-After"] = "3600" if limited else "300"
        return response
    source = Subscriber.Source.FOOTER if request.POST.get("source") == "footer" else Subscriber.Source.PAGE
    subscriptions.sign_up(email, form.cleaned_data["language"], source)
    return redirect("newsletter:sent")


@require_GET
def sent(request):
    return _render(request, "newsletter/sent.html")


# The signed token in the link is the proof; there is no session to protect, and no cookie is set.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners open links); only its POST confirms."""
    subscriber = tokens.subscriber_to_confirm(token)
    if subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return _render(request, "newsletter/invalid_link.html", status=404)
    if request.method != "POST":
        already = subscriber.status == Subscriber.Status.CONFIRMED
        return _render(request, "newsletter/confirm.html", {"already": already})
    subscriber.confirm()
    return _render(request, "newsletter/confirmed.html")


@csrf_exempt  # Mail clients' one-click unsubscribe (RFC 8058) posts without a form token; the signed link is the proof.
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows a button; POST, from that button or from a mail client's one-click, unsubscribes."""
    subscriber = tokens.subscriber_to_unsubscribe(token)
    if subscriber is None:
        return _render(request, "newsletter/invalid_link.html", status=404)
    if request.method != "POST":
        already = subscriber.status == Subscriber.Status.UNSUBSCRIBED
        return _render(request, "newsletter/unsubscribe.html", {"already": already})
    subscriber.unsubscribe()
    return _render(request, "newsletter/unsubscribed.html")
