"""Article and publication editors offer themes as checkboxes, only those of the page's own language."""

import re

import pytest
from django.urls import reverse

from editorial import roles
from news.models import ArticlePage
from tests.factories import (
    article,
    article_form_data,
    make_theme,
    make_user,
    news_index,
    publication_index,
    translate_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes(locales):
    children = make_theme(locales["fr"], "Droits de l’enfant", "enfance")
    prisons = make_theme(locales["fr"], "Prisons", "prisons")
    return {
        "fr": [children, prisons],
        "ar": [
            make_theme(locales["ar"], "حقوق الطفل", "enfance", translation_of=children),
            make_theme(locales["ar"], "السجون", "prisons", translation_of=prisons),
        ],
    }


def theme_checkboxes(html):
    """(value, label) of each theme checkbox of the form."""
    return re.findall(r'<input type="checkbox" name="themes" value="(\d+)"[^>]*>\s*([^<]+?)\s*</label>', html)


def checkbox_labels(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [label for _value, label in theme_checkboxes(response.content.decode())]


@pytest.fixture
def editor(client, site_tree):
    client.force_login(make_user("redaction", roles.COMMUNICATION))
    return client


def test_a_french_article_offers_the_french_themes_as_checkboxes(editor, site_tree, themes):
    page = article(news_index(site_tree["fr"]), "Visite")
    labels = checkbox_labels(editor, reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert labels == ["Droits de l’enfant", "Prisons"]


def test_a_new_publication_offers_the_french_themes_only(editor, site_tree, themes):
    index = publication_index(site_tree["fr"])
    url = reverse("wagtailadmin_pages:add", args=["news", "publicationpage", index.pk])
    assert checkbox_labels(editor, url) == ["Droits de l’enfant", "Prisons"]


def test_an_arabic_article_offers_the_arabic_themes_only(client, site_tree, themes, locales):
    index = news_index(site_tree["fr"])
    translate_page(index, locales["ar"], title="الأخبار")
    page = article(index, "Visite")
    arabic = translate_page(page, locales["ar"], title="زيارة")
    client.force_login(make_user("admin", is_superuser=True))
    labels = checkbox_labels(client, reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    assert sorted(labels) == sorted(["حقوق الطفل", "السجون"])


def article_form(page, theme_ids):
    return article_form_data(page.title, page.slug, kind=page.kind, summary=page.summary, themes=theme_ids)


def saved_theme_names(page):
    revision = ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    return sorted(theme.name for theme in revision.themes.all())


def test_ticked_themes_are_saved(editor, site_tree, themes):
    page = article(news_index(site_tree["fr"]), "Visite")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = editor.post(url, article_form(page, [theme.pk for theme in themes["fr"]]))
    assert response.status_code == 302
    assert saved_theme_names(page) == ["Droits de l’enfant", "Prisons"]


def test_a_theme_of_the_other_language_is_refused_with_a_message(editor, site_tree, themes):
    page = article(news_index(site_tree["fr"]), "Visite")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = editor.post(url, article_form(page, [themes["ar"][0].pk]))
    assert response.status_code == 200
    assert "Sélectionnez un choix valide." in response.content.decode()
    assert saved_theme_names(page) == []
