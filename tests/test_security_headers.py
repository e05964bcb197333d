"""Headers that tell browsers what a page may do: CSP with nonces, framing, permissions, HTTPS in production."""

import os
import re
import subprocess
import sys

import pytest

from editorial import roles
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/fr/", "/ar/", "/fr/bulletin/", "/fr/recherche/?q=droits", "/fr/introuvable/"])
def test_public_pages_allow_only_their_own_and_nonced_scripts(client, site_tree, path):
    response = client.get(path)
    policy = directives(response)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    [nonce] = [source for source in policy["script-src"] if source.startswith("'nonce-")]
    html = response.content.decode()
    # Data blocks (JSON-LD) are never run, so the policy does not apply to them.
    inline_scripts = re.findall(r"<script(?![^>]*\b(?:src=|type=\"application/(?:ld\+)?json))([^>]*)>", html)
    assert inline_scripts, "the frame has an inline script (text size) that must carry the nonce"
    for attributes in inline_scripts:
        assert f'nonce="{nonce[7:-1]}"' in attributes
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["style-src"] == ["'self'"]


def test_each_response_gets_a_new_nonce(client, site_tree):
    first = directives(client.get("/fr/"))["script-src"]
    second = directives(client.get("/fr/"))["script-src"]
    assert first != second


def test_no_inline_style_attribute_on_public_pages(client, site_tree):
    html = client.get("/fr/").content.decode()
    assert " style=" not in html


def test_other_sites_cannot_frame_or_use_the_devices(client, site_tree):
    response = client.get("/fr/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def test_the_admin_runs_under_its_own_policy(client, site_tree):
    client.force_login(make_user("redaction", roles.COMMUNICATION))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    login = directives(client.get("/admin/login/"))
    assert login["form-action"] == ["'self'"]


def _production_env(**env):
    """What a deployment sets, and nothing a test run put in this process's environment."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "DJANGO_"))}
    base = {
        "SECRET_KEY": "s" * 20 + "ecret-key-long-enough-and-varied-0123456789",
        "ALLOWED_HOSTS": "cndh.example",
        "BASE_URL": "https://cndh.example",
        "REDIS_URL": "redis://127.0.0.1:6379/11",
        "DATABASE_URL": "postgres://site@127.0.0.1:5432/site",
        "TASK_BACKEND": "database",
        "DJANGO_SETTINGS_MODULE": "site_project.settings.production",
    }
    return {**clean, **base, **env}


def _production(code, **env):
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; print({code})"],
        env=_production_env(**env),
        capture_output=True,
        text=True,
    )


def test_production_redirects_to_https_and_asks_browsers_to_stay_there():
    result = _production("settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS, settings.SECURE_PROXY_SSL_HEADER")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True 31536000 ('HTTP_X_FORWARDED_PROTO', 'https')"


def test_production_behind_a_proxy_that_redirects_itself():
    result = _production("settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS", SECURE_SSL_REDIRECT="false")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False 31536000"


def test_production_settings_pass_the_deployment_checklist():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=_production_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
