"""Mails to subscribers, sent by the task worker: a slow or failing mail server never holds a visitor's request."""

from django_tasks import task

from newsletter.mail import send_confirmation
from newsletter.models import Subscriber


@task()
def send_confirmation_mail(subscriber_id, base_url):
    # The address may have been confirmed or removed since the request: then there is nothing to send.
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is not None:
        send_confirmation(subscriber, base_url)
