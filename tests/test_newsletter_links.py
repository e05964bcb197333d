import pytest
from django.core import mail, signing

from newsletter import tokens
from newsletter.models import Subscriber
from tests.newsletter_helpers import (  # noqa: F401
    confirm_link,
    fresh_rate_limits,
    path_of,
    sign_up,
    unsubscribe_link,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def message(client, site_tree):
    sign_up(client)
    return mail.outbox[0]


def test_opening_the_confirmation_link_asks_before_confirming(client, message):
    url = path_of(confirm_link(message))
    for method in (client.get, client.head):
        assert method(url).status_code == 200
    html = client.get(url).content.decode()
    assert f'<form method="post" action="{url}">' in html and "Confirmer mon inscription" in html
    # A mail scanner that opens every link has confirmed nothing.
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_confirmation_button_confirms(client, message):
    response = client.post(path_of(confirm_link(message)))
    assert response.status_code == 200
    assert "Inscription confirmée" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None and subscriber.consent_at is not None


def test_opening_the_unsubscribe_link_asks_before_unsubscribing(client, message):
    client.post(path_of(confirm_link(message)))
    url = path_of(unsubscribe_link(message))
    html = client.get(url).content.decode()
    assert f'<form method="post" action="{url}">' in html and "Me désinscrire" in html
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_unsubscribe_button_works_once_and_again(client, message):
    client.post(path_of(confirm_link(message)))
    url = path_of(unsubscribe_link(message))
    for _attempt in range(2):
        response = client.post(url)
        assert response.status_code == 200
        assert "Désinscription enregistrée" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED
    assert "déjà désinscrite" in client.get(url).content.decode()


def test_one_click_unsubscribe_by_post_needs_no_form_token(message):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        path_of(unsubscribe_link(message)), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_old_confirmation_link_does_not_undo_an_unsubscription(client, message):
    client.post(path_of(unsubscribe_link(message)))
    response = client.post(path_of(confirm_link(message)))
    assert response.status_code == 404
    assert "Ce lien n’est pas valide ou a expiré." in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


@pytest.mark.parametrize("view", ["confirmer", "desinscription"])
def test_tampered_links_get_a_clear_message(client, message, view):
    response = client.get(f"/fr/bulletin/{view}/pas-un-jeton/")
    assert response.status_code == 404
    assert "Ce lien n’est pas valide ou a expiré." in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_a_confirmation_link_cannot_unsubscribe_and_the_reverse(client, message):
    confirm_token = confirm_link(message).rstrip("/").rsplit("/", 1)[1]
    assert client.get(f"/fr/bulletin/desinscription/{confirm_token}/").status_code == 404
    unsubscribe_token = unsubscribe_link(message).rstrip("/").rsplit("/", 1)[1]
    assert client.post(f"/fr/bulletin/confirmer/{unsubscribe_token}/").status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_confirmation_link_expires_after_a_week(client, message, monkeypatch):
    url = path_of(confirm_link(message))
    real_loads = signing.loads
    monkeypatch.setattr(
        tokens.signing,
        "loads",
        lambda value, **kwargs: real_loads(value, **{**kwargs, "max_age": -1}),
    )
    assert client.post(url).status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_link_pages_are_not_indexed(client, message):
    html = client.get(path_of(confirm_link(message))).content.decode()
    assert '<meta name="robots" content="noindex">' in html
