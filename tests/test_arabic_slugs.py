"""Pages written directly in Arabic get a readable Latin slug; a slug without letter or digit is refused."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.transliteration import RULES, slug_from_text, transliterate
from editorial import roles
from news.models import ArticlePage
from tests.factories import article, article_form_data, make_user, news_index, standard_page, translate_page

TITLE = "ندوة وطنية حول حقوق الإنسان"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (TITLE, "ndoua-wtnia-houl-hqouq-al-insan"),
        ("المجلس يطلق حملة للتحسيس بحقوق الطفل", "al-mjls-ytlq-hmla-lil-thsis-bhqouq-al-tfl"),
        ("تقرير حول وضعية السجون", "tqrir-houl-wdaia-al-sjoun"),
        ("وزارة العدل والتنمية", "wzara-al-adl-wal-tnmia"),
        ("التقرير السنوي ٢٠٢٥", "al-tqrir-al-snouy-2025"),
        ("مُؤَسَّسَة", "moussa"),  # vowel marks are dropped, as in unvocalised titles
        ("Rapport annuel : été 2025", "rapport-annuel-ete-2025"),  # French is left to Django's slugify
        ("حقوق Human Rights", "hqouq-human-rights"),
        ("؟؟", ""),
        ("--", ""),
    ],
)
def test_arabic_is_spelt_in_latin_letters(text, slug):
    assert slug_from_text(text) == slug


def test_the_legacy_import_uses_the_same_romanisation():
    from legacy.slugs import latin_slug

    assert latin_slug(TITLE) == slug_from_text(TITLE)


def test_no_arabic_letter_is_left_unspelt():
    alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءؤئ"
    assert transliterate(alphabet).isascii()


def test_the_rules_are_ones_a_browser_can_run():
    from wagtail.coreutils import get_js_regex

    for pattern, replacement in RULES:
        regex, flags = get_js_regex(pattern)
        assert flags == "gu" and isinstance(replacement, str)
        assert "(?P" not in regex and "\\A" not in regex and "\\Z" not in regex  # Python-only syntax


@pytest.fixture
def arabic_news(site_tree, locales):
    return translate_page(news_index(site_tree["fr"]), locales["ar"], title="الأخبار")


@pytest.mark.django_db
def test_an_arabic_only_page_created_in_code_gets_a_transliterated_slug(arabic_news):
    page = article(arabic_news, TITLE, summary="ملخص")
    assert page.slug == "ndoua-wtnia-houl-hqouq-al-insan"
    assert page.url == "/ar/actualites/ndoua-wtnia-houl-hqouq-al-insan/"


@pytest.mark.django_db
def test_a_second_page_with_the_same_arabic_title_gets_a_numbered_slug(arabic_news):
    article(arabic_news, TITLE, summary="ملخص")
    assert article(arabic_news, TITLE, summary="ملخص").slug == "ndoua-wtnia-houl-hqouq-al-insan-2"


@pytest.mark.django_db
def test_an_arabic_slug_given_in_code_is_transliterated(site_tree):
    page = standard_page(site_tree["ar"], "من نحن", slug="من-نحن")
    assert page.slug == "mn-nhn"


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["--", "-", "_"])
def test_a_slug_without_letter_or_digit_is_refused_in_code(site_tree, slug):
    with pytest.raises(ValidationError) as error:
        standard_page(site_tree["ar"], "صفحة", slug=slug)
    assert "ne contient ni lettre ni chiffre" in str(error.value.message_dict["slug"])


def article_form(title, slug):
    return article_form_data(title, slug, date="15/03/2026", summary="ملخص الندوة")


@pytest.fixture
def translator(client, site_tree):
    client.force_login(make_user("traducteur", roles.TRANSLATORS))
    return client


@pytest.mark.django_db
def test_the_admin_slug_field_runs_the_same_rules(translator, arabic_news):
    import html
    import json
    import re

    from wagtail.coreutils import get_js_regex

    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", arabic_news.pk])
    page = translator.get(url).content.decode()
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', page).group(0)
    formatters = json.loads(html.unescape(re.search(r'data-w-slug-formatters-value="([^"]*)"', slug_input).group(1)))
    assert formatters == [[get_js_regex(pattern), replacement] for pattern, replacement in RULES]


@pytest.mark.django_db
def test_an_arabic_only_page_is_created_through_the_admin_with_an_arabic_title(translator, arabic_news):
    # The browser fills the slug from the title (tests/e2e/test_editor_journey.py); typed in Arabic, the
    # server transliterates it.
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", arabic_news.pk])
    response = translator.post(url, article_form(TITLE, "ندوة-وطنية-حول-حقوق-الإنسان"))

    assert response.status_code == 302, response.content.decode()[:2000]
    page = ArticlePage.objects.get(title=TITLE)
    assert page.locale.language_code == "ar" and page.slug == "ndoua-wtnia-houl-hqouq-al-insan"


@pytest.mark.django_db
def test_a_slug_of_hyphens_is_refused_in_the_admin_with_a_message(translator, arabic_news):
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", arabic_news.pk])
    response = translator.post(url, article_form(TITLE, "--"))

    assert response.status_code == 200
    assert "L’adresse « -- » ne contient ni lettre ni chiffre" in response.content.decode()
    assert not ArticlePage.objects.filter(title=TITLE).exists()
