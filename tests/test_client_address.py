"""The client's address behind the site's own proxies, and only there: limits, lockouts and logs use it."""

import logging

import pytest
from django.test import RequestFactory

from core.client_address import ClientAddressFilter, client_address
from editorial import roles
from newsletter.models import Subscriber
from tests.factories import make_user
from tests.newsletter_helpers import fresh_rate_limits  # noqa: F401

PROXY = "10.0.0.5"


def address(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **extra))


def test_without_trusted_proxies_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert address("203.0.113.7", "1.2.3.4") == "203.0.113.7"


def test_a_client_cannot_pose_as_another_by_writing_the_header(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    # Not from our proxy: the header is the client's own words.
    assert address("203.0.113.7", "198.51.100.1") == "203.0.113.7"
    # From our proxy, which appended the real client after what the client wrote.
    assert address(PROXY, "198.51.100.1, 203.0.113.7") == "203.0.113.7"


def test_a_chain_of_trusted_proxies_is_walked_from_the_right(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "192.0.2.10"]
    assert address(PROXY, "6.6.6.6, 203.0.113.7, 192.0.2.10") == "203.0.113.7"


@pytest.mark.parametrize("forwarded", ["", "garbage", "203.0.113.7, <script>", "999.1.1.1"])
def test_a_missing_or_malformed_header_falls_back_to_what_the_proxy_vouches_for(settings, forwarded):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert address(PROXY, forwarded) in (PROXY, "203.0.113.7")
    assert "<" not in address(PROXY, forwarded)


def test_ipv6_clients(settings):
    settings.TRUSTED_PROXIES = ["::1"]
    assert address("::1", "2001:db8::7") == "2001:db8::7"


@pytest.mark.django_db
def test_behind_a_proxy_five_readers_do_not_close_the_sign_up_for_everyone(client, site_tree, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for n in range(8):
        response = client.post(
            "/fr/bulletin/",
            {"email": f"lecteur{n}@exemple.ma", "language": "fr", "website": ""},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n + 1}",
        )
        assert response.status_code == 302, n
    assert Subscriber.objects.count() == 8


@pytest.mark.django_db
def test_one_reader_behind_the_proxy_is_still_limited(client, site_tree, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    statuses = [
        client.post(
            "/fr/bulletin/",
            {"email": f"lecteur{n}@exemple.ma", "language": "fr", "website": ""},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.9",
        ).status_code
        for n in range(6)
    ]
    assert statuses == [302] * 5 + [429]


@pytest.mark.django_db
def test_lockouts_count_the_client_not_the_proxy(client, site_tree, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    make_user("redaction", roles.COMMUNICATION)
    for n in range(5):
        client.post(
            "/admin/login/",
            {"username": f"inconnu{n}", "password": "faux"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="203.0.113.66",
        )
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.66"}
    other = client.post(
        "/admin/login/",
        {"username": "redaction", "password": "x"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.4",
    )
    assert other.status_code == 302


def test_log_lines_name_the_client(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    record = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "Not Found", (), None)
    record.request = request
    ClientAddressFilter().filter(record)
    formatter = logging.Formatter(settings.LOGGING["formatters"]["with_client"]["format"])
    assert formatter.format(record) == "WARNING django.request [client 203.0.113.7] Not Found"
