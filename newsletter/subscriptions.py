"""Sign-up rules: every request ends the same way for the visitor, whatever the address's state."""

from django.db import transaction
from django.utils import timezone

from core.tasks import enqueue
from newsletter import tasks
from newsletter.forms import CONSENT_TEXT
from newsletter.models import Subscriber


def sign_up(email, language, request, source):
    """Creates or revives a pending subscription and sends the confirmation; a confirmed one is left alone.

    Returns the subscriber. Nothing in the outcome tells whether the address was known.
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
        subscriber.confirmation_sent_at = timezone.now()
        subscriber.save()
    enqueue(tasks.send_confirmation_mail, subscriber.pk, request.build_absolute_uri("/"))
    return subscriber
