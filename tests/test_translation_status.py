"""The translation status report and `manage.py translation_status`: states, percentages, filters, JSON, exit code."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.operations import translate_object

from editorial.review import submit_translation_for_review
from editorial.status import translation_statuses
from home.models import StandardPage
from tests.factories import add_page
from tests.translation_support import translation_of

pytestmark = pytest.mark.django_db


def translate_fully(page, locale, user=None):
    translate_object(page, [locale])
    translation = translation_of(page, locale)
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            context=segment.context,
            locale=locale,
            defaults={"data": "نص عربي", "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation.save_target(user=user, publish=False)
    return translation, Page.objects.get(translation_key=page.translation_key, locale=locale).specific


@pytest.fixture
def pages_in_every_state(site_tree, locales, role_users):
    home, ar = site_tree["fr"], locales["ar"]
    pages = {
        name: add_page(home, StandardPage(title=title, slug=name, summary="Résumé."))
        for name, title in [
            ("missing", "Contact"),
            ("in-progress", "Mandat"),
            ("review", "Composition"),
            ("current", "Bureaux"),
            ("outdated", "Mentions"),
        ]
    }
    # In progress: one segment of two translated.
    translate_object(pages["in-progress"], [ar])
    translation = translation_of(pages["in-progress"], ar)
    segment = StringSegment.objects.filter(source=translation.source).order_by("order").first()
    StringTranslation.objects.create(
        translation_of=segment.string, context=segment.context, locale=ar, data="الاختصاصات", translation_type="manual"
    )
    translation, arabic = translate_fully(pages["review"], ar)
    submit_translation_for_review(translation, arabic, role_users["translator"])
    for name in ("current", "outdated"):
        _translation, arabic = translate_fully(pages[name], ar)
        arabic.get_latest_revision().publish()
    pages["outdated"].save_revision().publish()
    return pages


def test_every_state_is_reported_with_progress(pages_in_every_state):
    states = {status.title: status for status in translation_statuses()}
    assert states["Contact"].state == "missing"
    assert states["Mandat"].state == "in_progress" and states["Mandat"].percent_translated == 50
    assert states["Composition"].state == "awaiting_review"
    assert states["Bureaux"].state == "live_current"
    outdated = states["Mentions"]
    assert outdated.state == "live_outdated"
    assert outdated.source_published_at > outdated.translation_published_at


def test_command_prints_json_and_fails_when_a_live_translation_is_outdated(pages_in_every_state, capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command("translation_status", "--json")
    assert exit_info.value.code == 1
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {
        "missing": 1,
        "in_progress": 1,
        "awaiting_review": 1,
        "live_current": 1,
        "live_outdated": 1,
    }
    outdated = next(page for page in report["pages"] if page["state"] == "live_outdated")
    assert outdated["title"] == "Mentions" and outdated["source_published_at"] > outdated["translation_published_at"]


def test_command_filters_and_may_allow_outdated_pages(pages_in_every_state, capsys):
    call_command("translation_status", "--state", "in_progress", "--type", "standardpage", "--allow-outdated")
    out = capsys.readouterr().out
    assert "Mandat" in out and "50%" in out
    assert "Contact" not in out


def test_command_succeeds_when_nothing_is_outdated(site_tree, capsys):
    add_page(site_tree["fr"], StandardPage(title="Contact", slug="contact"))
    call_command("translation_status")
    assert "missing: 1" in capsys.readouterr().out


def test_admin_report_shows_counts_and_filters_by_state(client, role_users, pages_in_every_state):
    client.force_login(role_users["translator"])
    response = client.get(reverse("translation_status_report"), {"state": "live_outdated"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "En ligne mais périmée : <strong>1</strong>" in html
    assert "Mentions" in html and "Bureaux" not in html


def test_admin_report_ignores_unknown_filters(client, role_users, pages_in_every_state):
    client.force_login(role_users["moderator"])
    response = client.get(reverse("translation_status_report"), {"state": "<script>", "type": "nope"})
    assert response.status_code == 200
    assert "Contact" in response.content.decode()


def test_admin_report_is_in_the_reports_menu_for_the_roles(client, role_users, site_tree):
    for user in role_users.values():
        client.force_login(user)
        assert reverse("translation_status_report") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_status_takes_a_few_queries_for_hundreds_of_pages(site_tree, locales, django_assert_max_num_queries):
    home = site_tree["fr"]
    for number in range(60):
        page = add_page(home, StandardPage(title=f"Page {number}", slug=f"page-{number}"), publish=number % 2 == 0)
        if number % 3 == 0:
            translate_object(page, [locales["ar"]])
    with django_assert_max_num_queries(8):
        statuses = translation_statuses()
    assert len(statuses) == 60
    assert sum(status.state == "in_progress" for status in statuses) == 20


def test_admin_report_names_page_types_once_and_tells_close_times_apart(client, role_users, pages_in_every_state):
    import datetime

    from django.utils import timezone

    source, arabic_key = pages_in_every_state["outdated"], pages_in_every_state["outdated"].translation_key
    moment = timezone.make_aware(datetime.datetime(2026, 3, 2, 9, 15, 10))
    Page.objects.filter(translation_key=arabic_key, locale__language_code="ar").update(last_published_at=moment)
    Page.objects.filter(pk=source.pk).update(last_published_at=moment + datetime.timedelta(seconds=40))

    client.force_login(role_users["moderator"])
    html = client.get(reverse("translation_status_report")).content.decode()
    type_filter = html[html.index('id="status-type"') : html.index("</select>", html.index('id="status-type"'))]
    assert type_filter.count(">Page institutionnelle<") == 1, type_filter
    assert "<td>standardpage</td>" not in html and "<td>Page institutionnelle</td>" in html
    assert "09:15:10" in html and "09:15:50" in html
