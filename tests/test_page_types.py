import pytest

from home.models import HomePage, StandardPage
from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage
from tests.factories import news_index, publication_index, standard_page

pytestmark = pytest.mark.django_db


def test_articles_only_under_a_news_index(site_tree):
    home = site_tree["fr"]
    index = news_index(home)
    pub_index = publication_index(home)
    assert ArticlePage.can_create_at(index)
    assert not ArticlePage.can_create_at(home)
    assert not ArticlePage.can_create_at(pub_index)
    assert not StandardPage.can_create_at(index)


def test_publications_only_under_a_publication_index(site_tree):
    home = site_tree["fr"]
    index = news_index(home)
    pub_index = publication_index(home)
    assert PublicationPage.can_create_at(pub_index)
    assert not PublicationPage.can_create_at(index)
    assert not PublicationPage.can_create_at(home)


def test_one_index_of_each_kind_per_home(site_tree):
    home = site_tree["fr"]
    assert NewsIndexPage.can_create_at(home) and PublicationIndexPage.can_create_at(home)
    news_index(home)
    publication_index(home)
    home = HomePage.objects.get(pk=home.pk)
    assert not NewsIndexPage.can_create_at(home)
    assert not PublicationIndexPage.can_create_at(home)


def test_indexes_only_under_a_home(site_tree):
    about = standard_page(site_tree["fr"], "Le Conseil", slug="le-conseil")
    assert not NewsIndexPage.can_create_at(about)
    assert not PublicationIndexPage.can_create_at(about)
