import re

import pytest
from django.core import mail

from newsletter.models import Subscriber
from tests.factories import make_subscriber
from tests.newsletter_helpers import confirm_link, fresh_rate_limits, sign_up, unsubscribe_link  # noqa: F401

pytestmark = pytest.mark.django_db

SENT_MESSAGE = "Si cette adresse n’est pas encore inscrite"


def test_sign_up_page_exists_in_both_languages(client, site_tree):
    french = client.get("/fr/bulletin/")
    arabic = client.get("/ar/bulletin/")
    assert french.status_code == arabic.status_code == 200
    assert "<h1>Bulletin d’information</h1>" in french.content.decode()
    html = arabic.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "<h1>النشرة الإخبارية</h1>" in html
    assert '<option value="ar" lang="ar" selected>' in html


def test_sign_up_creates_a_pending_subscriber_and_sends_a_confirmation(client, site_tree):
    response = sign_up(client, email="  Lecteur@Exemple.MA ")
    assert response.status_code == 302 and response["Location"] == "/fr/bulletin/merci/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "lecteur@exemple.ma"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consent_text.startswith("Vous recevrez le bulletin")
    [message] = mail.outbox
    assert message.to == ["lecteur@exemple.ma"]
    assert message.subject == "Confirmez votre inscription au bulletin d’information"
    assert confirm_link(message).startswith("http://testserver/fr/bulletin/confirmer/")
    assert unsubscribe_link(message).startswith("http://testserver/fr/bulletin/desinscription/")
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_link(message)}>"
    assert SENT_MESSAGE in client.get(response["Location"]).content.decode()


def test_confirmation_is_written_in_the_chosen_language(client, site_tree):
    sign_up(client, email="qari@exemple.ma", language="ar", prefix="/fr")
    [message] = mail.outbox
    assert message.subject == "أكدوا اشتراككم في النشرة الإخبارية"
    assert "/ar/bulletin/confirmer/" in confirm_link(message)
    assert "/ar/bulletin/desinscription/" in unsubscribe_link(message)
    assert "Bonjour" not in message.body


def test_duplicate_sign_up_looks_the_same_and_merges(client, site_tree):
    first = sign_up(client)
    second = sign_up(client, email="LECTEUR@exemple.ma")
    assert first["Location"] == second["Location"]
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 2  # still pending: the confirmation is sent again


def test_confirmed_address_signing_up_again_gets_the_same_answer_and_no_mail(client, site_tree):
    make_subscriber(email="lecteur@exemple.ma", language="fr", status=Subscriber.Status.CONFIRMED)
    response = sign_up(client, language="ar")
    assert response.status_code == 302 and response["Location"] == "/fr/bulletin/merci/"
    assert mail.outbox == []
    subscriber = Subscriber.objects.get()
    assert (subscriber.status, subscriber.language) == (Subscriber.Status.CONFIRMED, "fr")


def test_unsubscribed_address_must_confirm_again(client, site_tree):
    make_subscriber(email="lecteur@exemple.ma", language="fr", status=Subscriber.Status.UNSUBSCRIBED)
    sign_up(client)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("email", ["pas-une-adresse", "nom@", "@exemple.ma", "a b@exemple.ma"])
def test_bad_address_is_shown_again_with_a_clear_message(client, site_tree, email):
    response = sign_up(client, email=email)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cette adresse électronique n’est pas valide. Exemple : nom@exemple.ma" in html
    assert f'value="{email}"' in html
    assert 'aria-invalid="true" aria-describedby="id_email-error"' in html
    assert Subscriber.objects.count() == 0 and mail.outbox == []


def test_missing_address_and_unknown_language_are_explained_in_arabic(client, site_tree):
    response = sign_up(client, email="", language="xx", prefix="/ar")
    html = response.content.decode()
    assert response.status_code == 200
    assert "يرجى إدخال عنوان بريدكم الإلكتروني." in html
    assert "يرجى اختيار إحدى اللغات المقترحة." in html


def test_honeypot_pretends_success_and_does_nothing(client, site_tree):
    response = sign_up(client, website="http://spam.example")
    assert response.status_code == 302 and response["Location"] == "/fr/bulletin/merci/"
    assert Subscriber.objects.count() == 0 and mail.outbox == []


def test_one_network_address_is_limited_to_five_sign_ups_an_hour(client, site_tree):
    for number in range(5):
        assert sign_up(client, email=f"personne{number}@exemple.ma").status_code == 302
    response = sign_up(client, email="sixieme@exemple.ma")
    assert response.status_code == 429
    assert "Trop de demandes d’inscription en peu de temps" in response.content.decode()
    assert 'value="sixieme@exemple.ma"' in response.content.decode()
    assert not Subscriber.objects.filter(email="sixieme@exemple.ma").exists()
    assert sign_up(client, email="autre@exemple.ma", ip="198.51.100.1").status_code == 302


def test_one_address_is_limited_to_three_sign_ups_an_hour(client, site_tree):
    for number in range(3):
        assert sign_up(client, ip=f"198.51.100.{number}").status_code == 302
    assert sign_up(client, ip="198.51.100.9").status_code == 429
    assert len(mail.outbox) == 3


def test_sign_up_needs_no_csrf_token_but_a_post_from_another_site_is_refused(site_tree):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    fields = {"email": "lecteur@exemple.ma", "language": "fr"}
    forged = browser.post("/fr/bulletin/", fields, HTTP_ORIGIN="https://malveillant.example")
    assert forged.status_code == 403
    assert "Cette demande ne vient pas de notre site" in forged.content.decode()
    forged = browser.post("/fr/bulletin/", fields, HTTP_REFERER="https://malveillant.example/page/")
    assert forged.status_code == 403
    assert Subscriber.objects.count() == 0 and mail.outbox == []

    response = browser.post("/fr/bulletin/", fields, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 302 and response["Location"] == "/fr/bulletin/merci/"
    assert Subscriber.objects.get().email == "lecteur@exemple.ma"


def test_footer_form_is_on_every_page_and_posts_to_the_sign_up_view(client, site_tree):
    html = client.get("/ar/").content.decode()
    assert 'action="/ar/bulletin/"' in html
    assert 'id="footer-newsletter-email"' in html
    # No token, hence no cookie: the page stays shareable by caches.
    assert 'name="csrfmiddlewaretoken"' not in html
    assert 'name="website"' in html and 'tabindex="-1"' in html
    # The sign-up page does not repeat the form in its footer.
    assert client.get("/fr/bulletin/").content.decode().count('<form class="newsletter-form') == 1


def test_footer_sign_up_is_recorded_as_such(client, site_tree):
    sign_up(client, source="footer")
    assert Subscriber.objects.get().source == Subscriber.Source.FOOTER


def test_sign_up_page_has_canonical_and_alternates(client, site_tree):
    html = client.get("/ar/bulletin/").content.decode()
    assert '<link rel="canonical" href="http://localhost/ar/bulletin/">' in html
    assert '<link rel="alternate" hreflang="fr" href="http://localhost/fr/bulletin/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://localhost/fr/bulletin/">' in html


def _answer(response, client):
    followed = client.get(response["Location"])
    # Only the per-request secrets (script nonce, form token) may differ.
    page = re.sub(r'(nonce|value)="[^"]*"', "", followed.content.decode())
    return response.status_code, response["Location"], followed.status_code, page


def test_new_pending_and_confirmed_addresses_get_the_same_answer(client, site_tree):
    make_subscriber(email="attente@exemple.ma", language="fr", status=Subscriber.Status.PENDING)
    make_subscriber(email="inscrit@exemple.ma", language="fr", status=Subscriber.Status.CONFIRMED)
    answers = [
        _answer(sign_up(client, email=email, ip=f"198.51.100.{n}"), client)
        for n, email in enumerate(["nouveau@exemple.ma", "attente@exemple.ma", "inscrit@exemple.ma"])
    ]
    assert answers[0] == answers[1] == answers[2]
    assert answers[0][:3] == (302, "/fr/bulletin/merci/", 200)


@pytest.fixture
def smtp_down(settings):
    """A real SMTP client aimed at a port where nothing listens."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 8119
    settings.EMAIL_TIMEOUT = 2


def test_with_the_mail_server_down_a_new_address_gets_the_same_answer_and_is_kept(client, site_tree, smtp_down):
    make_subscriber(email="inscrit@exemple.ma", language="fr", status=Subscriber.Status.CONFIRMED)
    new = sign_up(client, email="nouveau@exemple.ma")
    known = sign_up(client, email="inscrit@exemple.ma", ip="198.51.100.2")
    assert (new.status_code, new["Location"]) == (known.status_code, known["Location"]) == (302, "/fr/bulletin/merci/")
    kept = Subscriber.objects.get(email="nouveau@exemple.ma")
    assert kept.status == Subscriber.Status.PENDING and kept.confirmation_sent_at is None


def test_signing_up_again_once_the_mail_server_is_back_sends_the_confirmation(client, site_tree, settings, smtp_down):
    sign_up(client)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sign_up(client, ip="198.51.100.3")
    [message] = mail.outbox
    assert message.to == ["lecteur@exemple.ma"]
    assert Subscriber.objects.get().confirmation_sent_at is not None


def test_links_in_messages_use_the_public_address_not_the_request_host(client, site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.cndh.example"
    client.post(
        "/fr/bulletin/",
        {"email": "lecteur@exemple.ma", "language": "ar", "website": ""},
        HTTP_HOST="127.0.0.1",
        REMOTE_ADDR="203.0.113.7",
    )
    [message] = mail.outbox
    assert confirm_link(message).startswith("https://www.cndh.example/ar/bulletin/confirmer/")
    assert unsubscribe_link(message).startswith("https://www.cndh.example/ar/bulletin/desinscription/")
