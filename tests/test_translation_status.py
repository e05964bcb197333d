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
from tests.factories import standard_page
from tests.translation_support import translation_of

pytestmark = pytest.mark.django_db


def translate_fully(page, locale, user=None, text="نص عربي"):
    translate_object(page, [locale])
    translation = translation_of(page, locale)
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            context=segment.context,
            locale=locale,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation.save_target(user=user, publish=False)
    return translation, Page.objects.get(translation_key=page.translation_key, locale=locale).specific


@pytest.fixture
def pages_in_every_state(site_tree, locales, role_users):
    home, ar = site_tree["fr"], locales["ar"]
    pages = {
        name: standard_page(home, title, slug=name, summary="Résumé.")
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
    standard_page(site_tree["fr"], "Contact", slug="contact")
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
        page = standard_page(home, f"Page {number}", slug=f"page-{number}", publish=number % 2 == 0)
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


@pytest.fixture
def arabic_originals(site_tree, locales):
    """Pages written in Arabic first: one without a French version, one being translated, one live but outdated."""
    home, fr = site_tree["ar"], locales["fr"]
    pages = {
        name: standard_page(home, title, slug=name, summary="ملخص.")
        for name, title in [("bayan", "بيان صحفي"), ("khitab", "خطاب الرئيسة"), ("balagh", "بلاغ")]
    }
    translate_object(pages["khitab"], [fr])
    _translation, french = translate_fully(pages["balagh"], fr, text="Texte français")
    french.get_latest_revision().publish()
    pages["balagh"].save_revision().publish()
    return pages


def test_arabic_originals_are_reported_in_french_with_their_source_language(pages_in_every_state, arabic_originals):
    statuses = {status.title: status for status in translation_statuses()}
    assert statuses["بيان صحفي"].state == "missing"
    assert statuses["خطاب الرئيسة"].state == "in_progress" and statuses["خطاب الرئيسة"].percent_translated == 0
    assert statuses["بلاغ"].state == "live_outdated"
    for title in ("بيان صحفي", "خطاب الرئيسة", "بلاغ"):
        assert (statuses[title].source_language, statuses[title].target_language) == ("ar", "fr")
        assert (
            statuses[title].page_id
            == arabic_originals[{"بيان صحفي": "bayan", "خطاب الرئيسة": "khitab"}.get(title, "balagh")].pk
        )
    assert (statuses["Mandat"].source_language, statuses["Mandat"].target_language) == ("fr", "ar")
    # A translation is never listed as an original of its own.
    assert "Texte français" not in statuses
    assert len(translation_statuses()) == 8
    assert [status.title for status in translation_statuses(source_language="ar")] == [
        "بيان صحفي",
        "خطاب الرئيسة",
        "بلاغ",
    ]


def test_command_json_carries_the_source_language_and_filters_on_it(pages_in_every_state, arabic_originals, capsys):
    with pytest.raises(SystemExit):
        call_command("translation_status", "--json", "--source", "ar")
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {
        "missing": 1,
        "in_progress": 1,
        "awaiting_review": 0,
        "live_current": 0,
        "live_outdated": 1,
    }
    assert {(page["source_language"], page["target_language"]) for page in report["pages"]} == {("ar", "fr")}


def test_command_fails_when_only_an_arabic_original_left_its_french_translation_behind(arabic_originals, capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command("translation_status")
    assert exit_info.value.code == 1
    assert "1 live translation(s) outdated." in capsys.readouterr().err
    call_command("translation_status", "--source", "fr")  # nothing outdated from French: exits normally
    call_command("translation_status", "--language", "ar")  # nor into Arabic
    out = capsys.readouterr().out
    assert "بلاغ" not in out


def test_command_rejects_an_unknown_language(arabic_originals):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("translation_status", "--language", "xx")
    with pytest.raises(CommandError):
        call_command("translation_status", "--source", "xx")


def test_admin_report_shows_both_directions_and_filters_by_source_language(
    client, role_users, pages_in_every_state, arabic_originals
):
    client.force_login(role_users["communication"])
    html = client.get(reverse("translation_status_report")).content.decode()
    assert "Langue source" in html
    assert "بيان صحفي" in html and "Contact" in html
    html = client.get(reverse("translation_status_report"), {"source": "ar"}).content.decode()
    assert "بيان صحفي" in html and "بلاغ" in html and "Contact" not in html
    assert "Traduction manquante : <strong>1</strong>" in html
    assert 'data-source="fr"' not in html
    html = client.get(reverse("translation_status_report"), {"source": "fr", "state": "missing"}).content.decode()
    assert "Contact" in html and "بيان صحفي" not in html


@pytest.mark.parametrize("bad", ["xx", "<script>", "ar' OR 1=1", "", "fr,ar"])
def test_admin_report_ignores_an_unknown_source_language(client, role_users, arabic_originals, bad):
    client.force_login(role_users["moderator"])
    response = client.get(reverse("translation_status_report"), {"source": bad})
    assert response.status_code == 200
    assert "بيان صحفي" in response.content.decode()


def test_status_queries_stay_constant_with_pages_written_in_both_languages(
    site_tree, locales, django_assert_max_num_queries
):
    for number in range(30):
        for language, other in (("fr", "ar"), ("ar", "fr")):
            page = standard_page(site_tree[language], f"Page {language} {number}", slug=f"page-{language}-{number}")
            if number % 3 == 0:
                translate_object(page, [locales[other]])
    with django_assert_max_num_queries(8):
        statuses = translation_statuses()
    assert len(statuses) == 60
    assert sum(status.state == "in_progress" for status in statuses) == 20
    assert sum(status.source_language == "ar" for status in statuses) == 30


def test_is_outdated_tells_a_translation_whose_source_was_republished(arabic_originals, locales):
    from editorial.status import is_outdated, source_changed_since

    french = Page.objects.get(translation_key=arabic_originals["balagh"].translation_key, locale=locales["fr"])
    assert is_outdated(french)
    assert not is_outdated(arabic_originals["balagh"])  # an original is never outdated
    assert source_changed_since(french.last_published_at, None)
    assert not source_changed_since(None, french.last_published_at)


def test_admin_report_queries_do_not_grow_with_pages_in_either_direction(client, role_users, site_tree, locales):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(count, start):
        for number in range(start, start + count):
            for language, other in (("fr", "ar"), ("ar", "fr")):
                page = standard_page(site_tree[language], f"P {number}", slug=f"p-{language}-{number}")
                if number % 2:
                    translate_object(page, [locales[other]])

    client.force_login(role_users["moderator"])
    url = reverse("translation_status_report")
    add(3, 0)
    client.get(url)  # warm the content type and locale caches
    with CaptureQueriesContext(connection) as small:
        assert client.get(url, {"source": "ar"}).status_code == 200
    add(15, 3)
    with CaptureQueriesContext(connection) as large:
        response = client.get(url, {"source": "ar"})
    assert response.content.decode().count('data-source="ar"') == 18
    assert len(large) == len(small)


def test_a_page_knows_the_language_it_was_written_in(pages_in_every_state, arabic_originals, locales):
    from editorial.direction import is_translation, source_language, source_page

    french_original = pages_in_every_state["current"]
    arabic_translation = Page.objects.get(translation_key=french_original.translation_key, locale=locales["ar"])
    arabic_original = arabic_originals["balagh"]
    french_translation = Page.objects.get(translation_key=arabic_original.translation_key, locale=locales["fr"])
    assert [source_language(page) for page in (french_original, arabic_translation)] == ["fr", "fr"]
    assert [source_language(page) for page in (arabic_original, french_translation)] == ["ar", "ar"]
    assert not is_translation(arabic_original) and is_translation(french_translation)
    assert source_page(french_translation).pk == arabic_original.pk
    assert source_page(arabic_original).pk == arabic_original.pk
    # Never translated: written in its own language.
    assert source_language(arabic_originals["bayan"]) == "ar"
