"""Every message to a subscriber goes through `send_to_subscriber`, which adds the unsubscribe link.

Messages are built from the subscriber's id and the site's public address (BASE_URL), never
from a request, so that sending can leave the request: `deliver_confirmation` is the one seam
that a task queue takes over, and it never lets a mail server's failure reach the visitor.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from newsletter import tokens
from newsletter.models import Subscriber

logger = logging.getLogger(__name__)


def absolute(view_name, signed):
    """A link for a message: the public address and the path in the active language."""
    return settings.WAGTAILADMIN_BASE_URL + reverse(view_name, args=[signed])


def send_to_subscriber(subscriber, subject, body):
    """Sends `body` in the subscriber's language, followed by a one-click unsubscribe link.

    `subject` and `body` are callables run with the subscriber's language active.
    """
    with translation.override(subscriber.language):
        unsubscribe_url = absolute("newsletter:unsubscribe", tokens.unsubscribe_token(subscriber))
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


def send_confirmation(subscriber_id):
    """Sends the double opt-in message to a pending subscriber; nothing if the address is no longer pending."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is None:
        return
    site_name = str(settings.WAGTAIL_SITE_NAME)

    def subject():
        return _("Confirmez votre inscription au bulletin d’information")

    def body():
        confirm_url = absolute("newsletter:confirm", tokens.confirmation_token(subscriber))
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

    send_to_subscriber(subscriber, subject, body)
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=timezone.now())


def deliver_confirmation(subscriber_id):
    """Has the confirmation sent by the task worker once the sign-up is saved (newsletter/tasks.py).

    A failing mail server is retried there with backoff and never reaches the visitor; the
    sign-up stays pending, without "confirmation sent", until a message has gone out.
    """
    from core.tasks import enqueue
    from newsletter import tasks

    enqueue(tasks.send_confirmation_mail, subscriber_id)
