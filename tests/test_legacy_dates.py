"""Dates as the old site wrote them: French and Arabic forms are read, anything uncertain is refused."""

import datetime

import pytest

from legacy.dates import UnreadableDate, parse_legacy_date

MAY_10 = datetime.date(2017, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "10 mai 2017",
        "mercredi 10 mai 2017",
        "10 Mai 2017 - 14:30",
        "Rabat, le 10 mai 2017",
        "10/05/2017",
        "10-05-2017",
        "10.05.2017",
        "2017-05-10",
        "2017-05-10T10:00:00+01:00",
        "2017/05/10",
        "1494410400",
        # Arabic: Maghreb, Egyptian and Levantine month names, Western and Eastern digits.
        "10 ماي 2017",
        "الأربعاء 10 ماي 2017",
        "10 مايو 2017",
        "10 أيار 2017",
        "١٠ أيار ٢٠١٧",
        "١٠/٠٥/٢٠١٧",
        "۱۰ مايو ۲۰۱۷",
    ],
)
def test_french_and_arabic_forms_of_the_same_day(text):
    assert parse_legacy_date(text) == MAY_10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1er mai 2017", datetime.date(2017, 5, 1)),
        ("3 févr. 2018", datetime.date(2018, 2, 3)),
        ("3 fevrier 2018", datetime.date(2018, 2, 3)),
        ("15 août 2016", datetime.date(2016, 8, 15)),
        ("2 décembre 2019", datetime.date(2019, 12, 2)),
        ("3 يوليوز 2019", datetime.date(2019, 7, 3)),
        ("3 غشت 2020", datetime.date(2020, 8, 3)),
        ("3 شتنبر 2020", datetime.date(2020, 9, 3)),
        ("3 نونبر 2020", datetime.date(2020, 11, 3)),
        ("3 دجنبر 2020", datetime.date(2020, 12, 3)),
        ("5 جانفي 2018", datetime.date(2018, 1, 5)),
        ("5 فيفري 2018", datetime.date(2018, 2, 5)),
        ("5 أوت 2018", datetime.date(2018, 8, 5)),
        ("4 تشرين الأول 2017", datetime.date(2017, 10, 4)),
        ("4 تشرين الثاني 2017", datetime.date(2017, 11, 4)),
        ("4 كانون الثاني 2017", datetime.date(2017, 1, 4)),
        ("4 كانون الأول 2017", datetime.date(2017, 12, 4)),
        ("٢٨ آذار ٢٠١٧", datetime.date(2017, 3, 28)),
        ("28 اذار 2017", datetime.date(2017, 3, 28)),
        ("9 إبريل 2021", datetime.date(2021, 4, 9)),
        ("9 ابريل 2021", datetime.date(2021, 4, 9)),
    ],
)
def test_month_names_in_every_form(text, expected):
    assert parse_legacy_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("mai 2017", "unreadable date"),
        ("أيار 2017", "unreadable date"),
        ("31/02/2017", "impossible date"),
        ("31 avril 2017", "impossible date"),
        ("10/05/17", "two-digit year"),
        ("hier", "unreadable date"),
        ("10 floréal 2017", "unreadable date"),
        ("", "empty date"),
    ],
)
def test_what_cannot_be_known_is_refused_not_guessed(text, reason):
    with pytest.raises(UnreadableDate, match=reason):
        parse_legacy_date(text)
