"""Mails to subscribers, sent by the task worker: a slow or failing mail server never holds a visitor's request."""

from django_tasks import task

from newsletter.mail import send_confirmation


@task()
def send_confirmation_mail(subscriber_id):
    # The address may have been confirmed or removed since the request: then there is nothing to send.
    send_confirmation(subscriber_id)
