import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission

from newsletter.models import Subscriber
from tests.factories import make_subscriber, make_user

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/newsletter_subscribers/"


@pytest.fixture
def subscribers(site_tree):
    return [
        make_subscriber(email="confirme@exemple.ma", language="fr", status=Subscriber.Status.CONFIRMED),
        make_subscriber(email="qari@exemple.ma", language="ar", status=Subscriber.Status.CONFIRMED),
        make_subscriber(email="attente@exemple.ma", language="fr", status=Subscriber.Status.PENDING),
    ]


def staff_user(name, *permissions):
    user = make_user(name, email=f"{name}@example.org", password="pw")
    group = Group.objects.create(name=f"Groupe {name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        group.permissions.add(Permission.objects.get(codename=codename, content_type__app_label="newsletter"))
    user.groups.add(group)
    return user


def test_communication_team_with_view_permission_sees_the_list(client, subscribers):
    client.force_login(staff_user("communication", "view_subscriber"))
    response = client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert all(s.email in html for s in subscribers)


def test_list_filters_by_status_and_language(client, subscribers):
    client.force_login(staff_user("communication", "view_subscriber"))
    html = client.get(LIST_URL, {"status": "confirmed", "language": "ar"}).content.decode()
    assert "qari@exemple.ma" in html
    assert "confirme@exemple.ma" not in html and "attente@exemple.ma" not in html


def test_editor_without_permission_cannot_see_or_export_subscribers(client, subscribers):
    client.force_login(staff_user("redacteur"))
    for params in ({}, {"export": "csv"}):
        response = client.get(LIST_URL, params)
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert b"qari@exemple.ma" not in response.content
    assert f'"url": "{LIST_URL}"' not in client.get("/admin/").content.decode()  # no menu item


def test_csv_export_lists_the_filtered_subscribers_with_readable_columns(client, subscribers):
    client.force_login(staff_user("communication", "view_subscriber"))
    response = client.get(LIST_URL, {"export": "csv", "status": "confirmed"})
    assert response.status_code == 200
    assert "abonnes-bulletin.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert {row["Adresse électronique"] for row in rows} == {"confirme@exemple.ma", "qari@exemple.ma"}
    arabic_reader = next(row for row in rows if row["Adresse électronique"] == "qari@exemple.ma")
    assert arabic_reader["Langue préférée"] == "العربية"
    assert arabic_reader["Statut"] == "Confirmé"


def test_the_communication_team_sees_the_subscribers_without_being_superusers(client, subscribers):
    from editorial import roles

    client.force_login(make_user("redaction", roles.COMMUNICATION))
    assert f'"url": "{LIST_URL}"' in client.get("/admin/").content.decode()  # the menu item
    html = client.get(LIST_URL).content.decode()
    assert all(s.email in html for s in subscribers)
    export = client.get(LIST_URL, {"export": "csv"})
    assert "confirme@exemple.ma" in b"".join(export.streaming_content).decode()


@pytest.mark.parametrize("role", ["TRANSLATORS", "MODERATORS"])
def test_translators_and_moderators_do_not_see_the_subscribers(client, subscribers, role):
    from editorial import roles

    client.force_login(make_user("autre", getattr(roles, role)))
    response = client.get(LIST_URL)
    assert response.status_code == 302 and b"qari@exemple.ma" not in response.content
