import pytest
from wagtail.users.models import UserProfile

from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(site_tree):
    return make_user("editrice", email="e@example.org", password="pw", superuser=True)


def test_admin_speaks_french_by_default(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'lang="fr"' in html and 'dir="ltr"' in html
    assert "Tableau de bord" in html


def test_admin_switches_to_arabic_right_to_left(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html


def test_admin_offers_french_arabic_and_english(client, editor):
    client.force_login(editor)
    html = client.get("/admin/account/").content.decode()
    assert 'value="ar"' in html and 'value="en"' in html and 'value="fr"' in html
