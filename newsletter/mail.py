"""Every message to a subscriber goes through `send_to_subscriber`, which adds the unsubscribe link.

Messages are sent by the task worker (newsletter/tasks.py); links are built on the site
address the visitor used, handed over as `base_url`.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from newsletter import tokens


def absolute(base_url, view_name, signed):
    return urljoin(base_url, reverse(view_name, args=[signed]))


def send_to_subscriber(subscriber, base_url, subject, body):
    """Sends `body` in the subscriber's language, followed by a one-click unsubscribe link.

    `subject` and `body` are callables run with the subscriber's language active.
    """
    with translation.override(subscriber.language):
        unsubscribe_url = absolute(base_url, "newsletter:unsubscribe", tokens.unsubscribe_token(subscriber))
        text = body()
        footer = _("Pour ne plus recevoir de messages du bulletin d’information : %(url)s") % {"url": unsubscribe_url}
        message = EmailMessage(
            subject=str(subject()),
            body=f"{text}\n\n-- \n{footer}\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscriber.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Content-Language": subscriber.language,
            },
        )
    message.send()


def send_confirmation(subscriber, base_url):
    site_name = str(settings.WAGTAIL_SITE_NAME)

    def subject():
        return _("Confirmez votre inscription au bulletin d’information")

    def body():
        confirm_url = absolute(base_url, "newsletter:confirm", tokens.confirmation_token(subscriber))
        return "\n\n".join(
            [
                _("Bonjour,"),
                _(
                    "Vous avez demandé à recevoir le bulletin d’information de l’institution « %(site)s ». "
                    "Pour confirmer votre inscription, ouvrez ce lien dans les sept jours :"
                )
                % {"site": site_name},
                confirm_url,
                _("Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : vous ne recevrez rien."),
            ]
        )

    send_to_subscriber(subscriber, base_url, subject, body)
