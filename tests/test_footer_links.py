"""The footer links every page to the legal notice, privacy and contact pages, in the reader's language."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import FooterLinks
from tests.factories import standard_page, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def institutional(site_tree, locales):
    fr_home = site_tree["fr"]
    legal = standard_page(fr_home, "Mentions légales", slug="mentions-legales")
    privacy = standard_page(fr_home, "Protection des données personnelles", slug="donnees")
    contact = standard_page(fr_home, "Contact", slug="contact")
    translate_page(legal, locales["ar"], title="الإشعار القانوني")
    translate_page(privacy, locales["ar"], title="حماية المعطيات الشخصية")
    links = FooterLinks.for_site(fr_home.get_site())
    links.legal_notice_page, links.privacy_page, links.contact_page = legal, privacy, contact
    links.save()
    return locals()


def footer_links(html):
    nav = re.search(r'<nav class="site-footer__links".*?</nav>', html, re.S)
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav.group(0)) if nav else []


def test_footer_links_the_institutional_pages_in_french(client, institutional):
    assert footer_links(client.get("/fr/").content.decode()) == [
        ("/fr/mentions-legales/", "Mentions légales"),
        ("/fr/donnees/", "Protection des données personnelles"),
        ("/fr/contact/", "Contact"),
    ]


def test_arabic_footer_links_the_translations_and_leaves_out_untranslated_pages(client, institutional):
    assert footer_links(client.get("/ar/").content.decode()) == [
        ("/ar/mentions-legales/", "الإشعار القانوني"),
        ("/ar/donnees/", "حماية المعطيات الشخصية"),
    ]


def test_a_new_choice_shows_at_once_though_the_footer_is_cached(client, institutional):
    client.get("/fr/")  # fills the cache
    links = FooterLinks.for_site(institutional["fr_home"].get_site())
    links.contact_page = None
    links.save()
    assert [url for url, _title in footer_links(client.get("/fr/").content.decode())] == [
        "/fr/mentions-legales/",
        "/fr/donnees/",
    ]


def test_an_unpublished_page_leaves_the_footer(client, institutional):
    institutional["contact"].unpublish()
    assert "/fr/contact/" not in dict(footer_links(client.get("/fr/").content.decode()))


def test_no_footer_links_until_pages_are_chosen(client, site_tree):
    html = client.get("/fr/").content.decode()
    assert footer_links(html) == []
    assert 'class="site-footer__links"' not in html


def test_signup_form_carries_a_privacy_notice_linking_the_privacy_page(client, institutional):
    html = client.get("/fr/").content.decode()
    notice = re.search(r'<p class="newsletter-form__privacy">(.*?)</p>', html, re.S).group(1)
    assert "elle n’est transmise à personne" in notice
    assert '<a href="/fr/donnees/">Protection des données personnelles</a>' in notice
    arabic = client.get("/ar/").content.decode()
    notice = re.search(r'<p class="newsletter-form__privacy">(.*?)</p>', arabic, re.S).group(1)
    assert "لا يستعمل عنوانكم إلا لإرسال النشرة" in notice
    assert '<a href="/ar/donnees/">حماية المعطيات الشخصية</a>' in notice


def test_footer_costs_no_query_once_cached(client, institutional):
    client.get("/fr/contact/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/fr/contact/")
    assert not [q for q in queries.captured_queries if "footerlinks" in q["sql"].lower()]
