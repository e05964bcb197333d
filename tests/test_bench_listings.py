"""The listing benchmark's bulk page creation leaves a tree Wagtail can keep working with."""

import pytest
from wagtail.models import Page

from bench.listings import bulk_create_articles
from news.models import ArticlePage
from tests.factories import article, make_theme, news_index, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_indexes(site_tree, locales):
    fr_index = news_index(site_tree["fr"], show_in_menus=False)
    return {"fr": fr_index, "ar": translate_page(fr_index, locales["ar"])}


def test_bulk_articles_make_a_consistent_tree_in_both_languages(news_indexes, locales):
    theme = make_theme(locales["fr"], "Droits de l’enfant", "droits-de-l-enfant")
    article(news_indexes["fr"], "Écrit à la main", slug="ecrit-a-la-main", summary="Résumé")

    french = bulk_create_articles(news_indexes["fr"], 20, themes=[theme])
    arabic = bulk_create_articles(news_indexes["ar"], 20, translation_keys=[page.translation_key for page in french])

    assert Page.find_problems() == ([], [], [], [], [])
    assert ArticlePage.objects.child_of(news_indexes["fr"]).live().count() == 21
    assert ArticlePage.objects.child_of(news_indexes["ar"]).live().count() == 20
    assert Page.objects.get(pk=news_indexes["fr"].pk).numchild == 21
    assert ArticlePage.objects.filter(themes=theme).count() == 20
    assert {page.translation_key for page in arabic} == {page.translation_key for page in french}
    last = ArticlePage.objects.get(pk=arabic[-1].pk)
    assert last.url == f"/ar/actualites/{last.slug}/"
    assert last.body[0].block_type == "paragraph"

    # Wagtail can still add a page after the bulk ones.
    later = article(news_indexes["fr"], "Plus tard", slug="plus-tard", summary="Résumé")
    assert later.path > french[-1].path
    assert Page.find_problems() == ([], [], [], [], [])
