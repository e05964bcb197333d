import datetime

import pytest
from django.utils import translation

from core.templatetags.date_tags import long_date

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
