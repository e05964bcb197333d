"""Dates as the old site wrote them, in French and Arabic; what cannot be read for sure is refused.

Accepted: ISO dates and datetimes, Unix timestamps (Drupal's `created`), day/month/year with
`/`, `-` or `.` (the French order; a two-digit year is refused), and a day, a month name and a
four-digit year, with or without a weekday: "10 mai 2017", "1er mai 2017", "10 ماي 2017",
"١٠ أيار ٢٠١٧". Arabic month names come in their Maghreb forms (Moroccan, Algerian and
Tunisian), their Egyptian and Gulf forms and their Levantine (Syriac) forms; Eastern Arabic and
Persian digits are read as digits. A month and year without a day, an impossible day (31 February)
or anything else raises `UnreadableDate`: the importer reports it rather than guess.
"""

import datetime
import re
import unicodedata
from zoneinfo import ZoneInfo

from django.conf import settings


class UnreadableDate(ValueError):
    pass


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

FRENCH_MONTHS = {
    1: ["janvier", "janv", "jan"],
    2: ["fevrier", "fevr", "fev"],
    3: ["mars"],
    4: ["avril", "avr"],
    5: ["mai"],
    6: ["juin"],
    7: ["juillet", "juil"],
    8: ["aout"],
    9: ["septembre", "sept", "sep"],
    10: ["octobre", "oct"],
    11: ["novembre", "nov"],
    12: ["decembre", "dec"],
}

# Written here with their usual spelling; matching goes through `normalise_arabic`, so
# hamza forms of alif, alif maqsura and taa marbuta variants all match.
ARABIC_MONTHS = {
    1: ["يناير", "جانفي", "كانون الثاني"],
    2: ["فبراير", "فيفري", "شباط"],
    3: ["مارس", "آذار"],
    4: ["أبريل", "إبريل", "أفريل", "نيسان"],
    5: ["ماي", "مايو", "أيار"],
    6: ["يونيو", "يونيه", "جوان", "حزيران"],
    7: ["يوليوز", "يوليو", "يوليه", "جويلية", "تموز"],
    8: ["غشت", "أغسطس", "أوت", "آب"],
    9: ["شتنبر", "سبتمبر", "أيلول"],
    10: ["أكتوبر", "تشرين الأول"],
    11: ["نونبر", "نوفمبر", "تشرين الثاني"],
    12: ["دجنبر", "ديسمبر", "كانون الأول"],
}

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alif, tatweel


def normalise_arabic(text):
    text = _ARABIC_MARKS.sub("", text)
    return text.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}))


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _month_names():
    names = {}
    for number, words in FRENCH_MONTHS.items():
        for word in words:
            names[word] = number
    for number, words in ARABIC_MONTHS.items():
        for word in words:
            names[normalise_arabic(word)] = number
    # Longest first, so "تشرين الثاني" is matched before anything shorter inside it.
    return sorted(names.items(), key=lambda item: -len(item[0]))


MONTH_NAMES = _month_names()
_WORDED = re.compile(r"(?<!\d)(\d{1,2})(?:er)?\s+(?P<month>[^\d]+?)\s+(\d{4})(?!\d)")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})(?:[ T,].*)?$")
_NUMERIC_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T].*)?$")
_NUMERIC_DMY_INSIDE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_TIMESTAMP = re.compile(r"^\d{9,11}$")


def parse_legacy_date(value):
    """The date `value` names, as a `datetime.date`; `UnreadableDate` when it cannot be known."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_timestamp(value)
    text = " ".join(str(value or "").translate(_DIGITS).split())
    if not text:
        raise UnreadableDate("empty date")
    if _TIMESTAMP.match(text):
        return _from_timestamp(int(text))
    match = _NUMERIC_YMD.match(text)
    if match:
        year, month, day = (int(group) for group in match.groups())
        return _make(year, month, day, text)
    match = _NUMERIC_DMY.match(text)
    if match:
        day, month, year = match.groups()
        if len(year) != 4:
            raise UnreadableDate(f"two-digit year in {value!r}")
        return _make(int(year), int(month), int(day), text)
    match = _NUMERIC_DMY_INSIDE.search(text)  # "Soumis par admin le mer, 10/05/2017 - 14:30"
    if match:
        day, month, year = (int(group) for group in match.groups())
        return _make(year, month, day, text)
    return _from_words(text, value)


def _from_words(text, original):
    lowered = normalise_arabic(strip_accents(text.casefold())).replace(".", " ").replace("،", " ")
    lowered = " ".join(lowered.split())
    for match in _WORDED.finditer(lowered):
        month = _month_number(match.group("month"))
        if month is not None:
            return _make(int(match.group(3)), month, int(match.group(1)), original)
    raise UnreadableDate(f"unreadable date {original!r}")


def _month_number(words):
    words = words.strip()
    for name, number in MONTH_NAMES:
        if words == name:
            return number
    return None


def _make(year, month, day, original):
    try:
        return datetime.date(year, month, day)
    except ValueError as error:
        raise UnreadableDate(f"impossible date {original!r}") from error


def _from_timestamp(seconds):
    moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE)).date()
