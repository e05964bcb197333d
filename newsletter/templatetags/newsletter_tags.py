from django import template
from django.utils import translation

from newsletter.forms import SubscriptionForm

register = template.Library()


@register.inclusion_tag("newsletter/signup_block.html", takes_context=True)
def newsletter_signup(context):
    """The footer's sign-up form; its ids are prefixed so the page may hold another form.

    No CSRF token: it would set a cookie on every page (see newsletter.views.subscribe).
    """
    form = SubscriptionForm(initial={"language": translation.get_language()}, auto_id="footer-newsletter-%s")
    return {"form": form, "request": context.get("request")}
