import datetime

import pytest
from django.utils import translation

from core.templatetags.date_tags import long_date
from tests.factories import article_form_data

MOROCCAN_MONTHS = "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split()


def test_french_long_date():
    with translation.override("fr"):
        assert long_date(datetime.date(2017, 5, 10)) == "10 mai 2017"
        assert long_date(datetime.date(2024, 8, 1)) == "1er août 2024"
        assert long_date(datetime.date(2024, 12, 31)) == "31 décembre 2024"


@pytest.mark.parametrize("month", range(1, 13))
def test_arabic_long_date_uses_moroccan_month_names(month):
    with translation.override("ar"):
        assert long_date(datetime.date(2017, month, 10)) == f"10 {MOROCCAN_MONTHS[month - 1]} 2017"


def test_arabic_date_never_uses_levantine_or_egyptian_names():
    with translation.override("ar"):
        words = {long_date(datetime.date(2020, month, 1)).split()[1] for month in range(1, 13)}
    assert not words & {"أيار", "آب", "كانون", "مايو", "يوليو", "أغسطس", "سبتمبر", "نوفمبر", "ديسمبر"}


def test_empty_date_renders_nothing():
    assert long_date(None) == ""


# The admin's date fields: one day-first format shared by Wagtail's picker and the server.

ADMIN_LANGUAGES = ["fr", "ar", "en"]


def article_form(page, date):
    return article_form_data(page.title, page.slug, date=date, kind=page.kind, summary=page.summary)


@pytest.fixture
def editor_and_article(site_tree, client):
    from editorial import roles
    from tests.factories import article, make_user, news_index

    page = article(news_index(site_tree["fr"]), "Visite du Conseil", date=datetime.date(2024, 5, 10))
    editor = make_user("redaction", roles.COMMUNICATION)
    client.force_login(editor)
    return editor, page


def edit_article(client, page, date):
    from django.urls import reverse

    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), article_form(page, date))


def saved_date(page):
    from news.models import ArticlePage

    return ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object().date


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_the_picker_format_is_one_the_server_reads_in_every_admin_language(settings, language):
    from django.utils.formats import get_format

    for wagtail_setting, django_setting in [
        ("WAGTAIL_DATE_FORMAT", "DATE_INPUT_FORMATS"),
        ("WAGTAIL_DATETIME_FORMAT", "DATETIME_INPUT_FORMATS"),
        ("WAGTAIL_TIME_FORMAT", "TIME_INPUT_FORMATS"),
    ]:
        formats = get_format(django_setting, lang=language)
        assert getattr(settings, wagtail_setting) == formats[0]
        assert not any(fmt.startswith("%m") for fmt in formats), formats  # never month first


@pytest.mark.django_db
def test_the_date_field_shows_the_day_first_and_leaves_typing_to_the_server(editor_and_article, client):
    from django.urls import reverse

    _editor, page = editor_and_article
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'value="10/05/2024"' in html
    assert '"format": "d/m/Y"' in html
    # Loaded before the pickers start: they no longer rewrite the field when it loses focus.
    assert html.index('src="/static/js/admin-dates.js"') < html.index("initDateChooser(")


@pytest.mark.django_db
def test_a_date_typed_the_french_way_is_kept(editor_and_article, client):
    _editor, page = editor_and_article
    response = edit_article(client, page, "15/03/2026")
    assert response.status_code == 302
    assert saved_date(page) == datetime.date(2026, 3, 15)


@pytest.mark.django_db
def test_a_day_first_date_is_read_day_first_in_the_arabic_admin(editor_and_article, client):
    from wagtail.users.models import UserProfile

    editor, page = editor_and_article
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    response = edit_article(client, page, "03/04/2026")
    assert response.status_code == 302
    assert saved_date(page) == datetime.date(2026, 4, 3)


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["31/02/2026", "2026-02-31", "15/13/2026", "demain"])
def test_an_impossible_date_is_refused_with_a_message(editor_and_article, client, typed):
    _editor, page = editor_and_article
    response = edit_article(client, page, typed)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Date impossible ou mal écrite : saisissez-la au format jj/mm/aaaa, par exemple 15/03/2026." in html
    assert f'value="{typed}"' in html  # what was typed stays in the field, not a rolled-over date
    assert saved_date(page) == datetime.date(2024, 5, 10)


def test_a_publishing_date_and_time_is_read_day_first_and_an_impossible_one_refused():
    from django.core.exceptions import ValidationError
    from django.utils import timezone

    from news.models import ArticlePage

    field = ArticlePage.get_edit_handler().get_form_class().base_fields["go_live_at"]
    assert field.widget.get_config()["format"] == "d/m/Y H:i"  # the publishing panel's picker
    with translation.override("fr"):
        moment = timezone.localtime(field.clean("15/03/2026 09:30"))
        assert (moment.date(), moment.hour, moment.minute) == (datetime.date(2026, 3, 15), 9, 30)
        with pytest.raises(ValidationError) as error:
            field.clean("31/02/2026 09:30")
    assert "jj/mm/aaaa hh:mm" in str(error.value)


@pytest.mark.django_db
def test_a_theme_left_without_identifier_is_refused_with_a_message(locales):
    from wagtail.admin.panels import get_edit_handler

    from news.models import Theme

    form_class = get_edit_handler(Theme).get_form_class()
    form = form_class(data={"name": "Prisons", "slug": "", "description": ""}, instance=Theme(locale=locales["fr"]))
    assert not form.is_valid() and form.errors["slug"]
