import re

import pytest
from django.core import mail
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email="lecteur@exemple.ma", language="fr", prefix="/fr", **extra):
    data = {"email": email, "language": language, "website": "", **extra}
    return client.post(f"{prefix}/bulletin/", data, REMOTE_ADDR=extra.pop("ip", "203.0.113.7"))


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def confirm_link(message):
    return next(url for url in links_in(message) if "/bulletin/confirmer/" in url)


def unsubscribe_link(message):
    return next(url for url in links_in(message) if "/bulletin/desinscription/" in url)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def outbox():
    return mail.outbox
