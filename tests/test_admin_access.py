"""Admin sign-in as an attacker and as a user see it: lockouts, reset throttle, password length, second factor."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial import roles
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "une phrase de passe assez longue"
LOCKED = "Connexion bloquée"


def log_in(client, username, password=PASSWORD, ip="198.51.100.20", **extra):
    data = {"username": username, "password": password, "next": "/admin/", **extra}
    return client.post("/admin/login/", data, REMOTE_ADDR=ip)


def staff(username, group=None, **extra):
    user = make_user(username, group, **extra)
    user.set_password(PASSWORD)
    user.save()
    return user


def code(device, offset=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += offset * device.step
    return f"{totp.token():0{device.digits}d}"


def app_for(user):
    return TOTPDevice.objects.create(user=user, name="téléphone", confirmed=True)


def test_twenty_wrong_passwords_lock_the_account_even_for_the_right_one(client, site_tree):
    staff("redaction", roles.COMMUNICATION)
    answers = [log_in(client, "redaction", password=f"faux-{n}") for n in range(20)]
    assert answers[0].status_code == 200 and "ne correspondent à aucun" in answers[0].content.decode()
    assert answers[-1].status_code == 429
    right = log_in(client, "redaction")
    assert right.status_code == 429
    html = right.content.decode()
    assert LOCKED in html and "Réessayez dans 30 minutes" in html and "Connexions bloquées" in html
    assert client.get("/admin/").status_code == 302  # still not signed in


def test_one_address_trying_many_accounts_is_locked(client, site_tree):
    staff("redaction", roles.COMMUNICATION)
    for n in range(5):
        log_in(client, f"inconnu{n}", password="faux", ip="203.0.113.50")
    assert log_in(client, "redaction", ip="203.0.113.50").status_code == 429
    # Someone else, elsewhere, is not affected.
    assert log_in(client, "redaction", ip="198.51.100.99").status_code == 302


def test_one_account_tried_from_many_addresses_is_locked(client, site_tree):
    staff("redaction", roles.COMMUNICATION)
    for n in range(5):
        log_in(client, "redaction", password="faux", ip=f"203.0.113.{n + 1}")
    assert log_in(client, "redaction", ip="198.51.100.7").status_code == 429


def test_an_administrator_lifts_a_lockout_from_the_admin(client, site_tree):
    staff("redaction", roles.COMMUNICATION)
    for n in range(5):
        log_in(client, "redaction", password="faux", ip=f"203.0.113.{n + 1}")
    admin = staff("admin", is_superuser=True)
    client.force_login(admin)
    listing = client.get("/admin/login_lockouts/")
    assert listing.status_code == 200 and "redaction" in listing.content.decode()
    for attempt in AccessAttempt.objects.filter(username="redaction"):
        assert client.post(f"/admin/login_lockouts/delete/{attempt.pk}/").status_code == 302
    client.logout()
    assert log_in(client, "redaction").status_code == 302


def test_editors_cannot_see_or_lift_lockouts(client, site_tree):
    staff("bloque", roles.COMMUNICATION)
    for n in range(5):
        log_in(client, "bloque", password="faux", ip=f"203.0.113.{n + 1}")
    attempt = AccessAttempt.objects.filter(username="bloque").first()
    client.force_login(staff("redaction", roles.MODERATORS))
    # Wagtail refuses by sending the editor back to the dashboard with a message.
    listing = client.get("/admin/login_lockouts/")
    assert listing.status_code == 302 and listing["Location"] == "/admin/"
    assert client.post(f"/admin/login_lockouts/delete/{attempt.pk}/").status_code == 302
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
    assert log_in(client, "bloque", ip="203.0.113.1").status_code == 429
    client.force_login(staff("admin", is_superuser=True))
    assert "bloque" in client.get("/admin/login_lockouts/").content.decode()


def test_password_reset_mails_are_limited_per_address(client, site_tree):
    staff("redaction", roles.COMMUNICATION, email="redaction@exemple.ma")
    answers = [
        client.post("/admin/password_reset/", {"email": "redaction@exemple.ma"}, REMOTE_ADDR=f"203.0.113.{n}")
        for n in range(1, 7)
    ]
    assert [a.status_code for a in answers[:3]] == [302, 302, 302]
    assert answers[3].status_code == 429
    assert "Trop de demandes de réinitialisation" in answers[3].content.decode()
    assert len(mail.outbox) == 3


def test_password_reset_requests_are_limited_per_client(client, site_tree):
    answers = [
        client.post("/admin/password_reset/", {"email": f"x{n}@exemple.ma"}, REMOTE_ADDR="203.0.113.9")
        for n in range(12)
    ]
    assert answers[9].status_code == 302 and answers[10].status_code == 429


def test_password_reset_link_uses_the_public_address(client, site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.cndh.example"
    staff("redaction", roles.COMMUNICATION, email="redaction@exemple.ma")
    client.post("/admin/password_reset/", {"email": "redaction@exemple.ma"}, HTTP_HOST="127.0.0.1")
    [message] = mail.outbox
    assert "https://www.cndh.example/admin/password_reset/confirm/" in message.body


@pytest.mark.parametrize("password", ["court1!", "Onze-signes", "a1b2c3d4e5f"])
def test_passwords_shorter_than_twelve_characters_are_refused(password):
    with pytest.raises(ValidationError, match="12"):
        validate_password(password)


def test_a_twelve_character_passphrase_is_accepted():
    validate_password("cèdre-atlas-7", user=get_user_model()(username="redaction"))


def test_user_with_an_app_must_give_its_code(client, site_tree):
    user = staff("redaction", roles.COMMUNICATION)
    device = app_for(user)
    page = client.get("/admin/login/").content.decode()
    assert 'name="otp_token"' in page and "Code à usage unique" in page
    without = log_in(client, "redaction")
    assert without.status_code == 200
    assert "Saisissez le code à six chiffres" in without.content.decode()
    wrong = log_in(client, "redaction", otp_token="000000" if code(device) != "000000" else "111111")
    assert "Ce code n’est pas valide" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp waits a second after a wrong code; a person takes longer
    right = log_in(client, "redaction", otp_token=code(device))
    assert right.status_code == 302 and right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_signing_in_with_a_code_works_outside_a_test_transaction(client):
    # As on a real server, where each request runs in autocommit: django-otp locks the device.
    device = app_for(staff("redaction"))
    wrong = log_in(client, "redaction", otp_token="000000" if code(device) != "000000" else "111111")
    assert wrong.status_code == 200 and "Ce code n’est pas valide" in wrong.content.decode()
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # the wrong code is remembered for throttling
    device.throttle_reset()
    right = log_in(client, "redaction", otp_token=code(device))
    assert right.status_code == 302 and right["Location"] == "/admin/"


def test_a_session_opened_without_the_code_is_sent_back_to_sign_in(client, site_tree):
    user = staff("redaction", roles.COMMUNICATION)
    app_for(user)
    client.force_login(user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert client.get("/admin/").status_code == 302


def test_moderators_must_set_up_an_app_before_anything_else(client, site_tree, settings):
    settings.TWO_FACTOR_REQUIRED = True
    moderator = staff("moderation", roles.MODERATORS)
    assert log_in(client, "moderation").status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"] == "/admin/double-authentification/"
    setup = client.get("/admin/double-authentification/")
    html = setup.content.decode()
    assert setup.status_code == 200 and "<svg" in html and "Votre rôle exige la double authentification" in html
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    assert client.post("/admin/double-authentification/", {"action": "confirm", "otp_token": "12"}).status_code == 200
    device.refresh_from_db()
    device.throttle_reset()
    done = client.post("/admin/double-authentification/", {"action": "confirm", "otp_token": code(device)})
    assert done.status_code == 302
    assert client.get("/admin/").status_code == 200
    # Required: it cannot be turned off by its owner.
    device.refresh_from_db()
    refused = client.post("/admin/double-authentification/", {"action": "remove", "otp_token": code(device, 1)})
    assert "Votre rôle exige la double authentification" in refused.content.decode()
    assert TOTPDevice.objects.filter(user=moderator, confirmed=True).exists()


def test_superusers_must_use_two_factor_too(client, site_tree, settings):
    settings.TWO_FACTOR_REQUIRED = True
    staff("admin", is_superuser=True)
    log_in(client, "admin")
    assert client.get("/admin/").url == "/admin/double-authentification/"


def test_two_factor_is_offered_not_imposed_to_editors(client, site_tree, settings):
    settings.TWO_FACTOR_REQUIRED = True
    editor = staff("redaction", roles.COMMUNICATION)
    log_in(client, "redaction")
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert "Double authentification" in account
    client.get("/admin/double-authentification/")
    device = TOTPDevice.objects.get(user=editor)
    client.post("/admin/double-authentification/", {"action": "confirm", "otp_token": code(device)})
    assert TOTPDevice.objects.get(user=editor).confirmed
    removed = client.post("/admin/double-authentification/", {"action": "remove", "otp_token": code(device, 1)})
    assert removed.status_code == 302 and not TOTPDevice.objects.filter(user=editor).exists()


def test_an_administrator_resets_a_lost_phone(client, site_tree):
    user = staff("redaction", roles.COMMUNICATION)
    device = app_for(user)
    admin = staff("admin", is_superuser=True)
    client.force_login(admin)
    client.session  # noqa: B018
    from django_otp import DEVICE_ID_SESSION_KEY

    admin_device = app_for(admin)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = admin_device.persistent_id
    session.save()
    listing = client.get("/admin/two_factor_devices/")
    assert listing.status_code == 200 and "redaction" in listing.content.decode()
    assert client.post(f"/admin/two_factor_devices/delete/{device.pk}/").status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
