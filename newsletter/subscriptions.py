"""Sign-up rules: every request ends the same way for the visitor, whatever the address's state."""

from django.db import transaction

from newsletter import mail
from newsletter.forms import CONSENT_TEXT
from newsletter.models import Subscriber


def sign_up(email, language, source):
    """Creates or revives a pending subscription and has the confirmation sent; a confirmed one is left alone.

    Returns the subscriber. Nothing in the outcome tells whether the address was known, and
    the mail goes out after the answer's work is done (mail.deliver_confirmation), so a
    mail server that is slow or down changes neither the answer nor the saved sign-up.
    """
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={"language": language, "source": source}
        )
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return subscriber
        subscriber.status = Subscriber.Status.PENDING
        # Someone else may have typed this address: the language changes only what the confirmation says.
        subscriber.language = language
        subscriber.source = source
        subscriber.consent_text = str(CONSENT_TEXT)
        subscriber.confirmation_sent_at = None
        subscriber.save()
    mail.deliver_confirmation(subscriber.pk)
    return subscriber
