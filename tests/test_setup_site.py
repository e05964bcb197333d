import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage

# `setup_site` runs on the database as `migrate` leaves it, as on a first `make run`.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("freshly_migrated")]


def test_setup_twice_creates_nothing_twice(tmp_path, monkeypatch, settings):
    from home.management.commands import setup_site

    monkeypatch.setattr(setup_site, "CREDENTIALS_FILE", tmp_path / "credentials")
    call_command("setup_site", "--no-demo")
    first = Page.objects.count()
    password_hash = get_user_model().objects.get(username="admin").password
    call_command("setup_site", "--no-demo")
    assert Page.objects.count() == first
    assert HomePage.objects.filter(locale__language_code="fr").count() == 1
    assert HomePage.objects.filter(locale__language_code="ar").count() == 1
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert get_user_model().objects.get(username="admin").password == password_hash  # not overwritten
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "fr"
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_setup_prints_the_admin_credentials(tmp_path, monkeypatch, capsys):
    from home.management.commands import setup_site

    monkeypatch.setattr(setup_site, "CREDENTIALS_FILE", tmp_path / "credentials")
    call_command("setup_site", "--no-demo")
    out = capsys.readouterr().out
    assert "username admin / password " in out
    password = out.split("password ")[1].split()[0]
    assert get_user_model().objects.get(username="admin").check_password(password)


def test_setup_takes_the_public_address_from_base_url(tmp_path, monkeypatch, settings):
    from home.management.commands import setup_site

    monkeypatch.setattr(setup_site, "CREDENTIALS_FILE", tmp_path / "credentials")
    # BASE_URL is read from the environment by the settings, and only there.
    settings.BASE_URL = "https://www.cndh.example"
    call_command("setup_site", "--no-demo")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("www.cndh.example", 443)
    assert site.root_page.get_full_url() == "https://www.cndh.example/fr/"
