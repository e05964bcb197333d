"""Signed links for e-mails: confirmation expires, unsubscription never does."""

from django.core import signing

from newsletter.models import Subscriber

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
CONFIRMATION_MAX_AGE = 7 * 24 * 3600


def confirmation_token(subscriber):
    return signing.dumps(subscriber.token, salt=CONFIRM_SALT)


def unsubscribe_token(subscriber):
    return signing.dumps(subscriber.token, salt=UNSUBSCRIBE_SALT)


def _subscriber(signed, salt, max_age=None):
    try:
        token = signing.loads(signed, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    if not isinstance(token, str):
        return None
    return Subscriber.objects.filter(token=token).first()


def subscriber_to_confirm(signed):
    return _subscriber(signed, CONFIRM_SALT, CONFIRMATION_MAX_AGE)


def subscriber_to_unsubscribe(signed):
    return _subscriber(signed, UNSUBSCRIBE_SALT)
