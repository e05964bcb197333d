import datetime
import re

import pytest

from news.models import ArticlePage, ArticleRelatedLink
from tests.factories import (
    article,
    make_image,
    make_theme,
    news_index,
    publication,
    publication_index,
    translate_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(site_tree, locales):
    fr, ar = locales["fr"], locales["ar"]
    migration = make_theme(fr, "Migration", "migration")
    justice = make_theme(fr, "Justice", "justice")
    ar_migration = make_theme(ar, "الهجرة", "migration", translation_of=migration)
    index = news_index(site_tree["fr"])
    words = " ".join(["mot"] * 450)
    main = article(
        index,
        "Visite du centre de rétention",
        date=datetime.date(2017, 5, 10),
        themes=[migration, justice],
        main_image=make_image("Centre"),
        main_image_caption="La délégation à l’entrée du centre",
        main_image_credit="CNDH",
        body=[("paragraph", f"<p>{words}</p>")],
    )
    return {"index": index, "main": main, "migration": migration, "justice": justice, "ar_migration": ar_migration}


def related_titles(html):
    aside = re.search(r'<section class="related-articles".*?</section>', html, re.S)
    if aside is None:
        return []
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', aside.group(0))


def test_french_article_shows_date_kind_reading_time_and_image(client, news):
    html = client.get("/fr/actualites/visite-du-centre-de-retention/").content.decode()
    assert '<time class="date" datetime="2017-05-10">10 mai 2017</time>' in html
    assert '<span class="article__kind">Actualité</span>' in html
    assert "3 minutes de lecture" in html
    figure = re.search(r'<figure class="article__image">.*?</figure>', html, re.S).group(0)
    assert "srcset=" in figure and "width=" in figure and "height=" in figure
    assert re.search(
        r"<figcaption dir=\"auto\">La délégation à l’entrée du centre <small class=\"credit\">© CNDH", figure
    )
    assert "Vous êtes ici" in html


def main_image_alts(client, url):
    html = client.get(url).content.decode()
    figure = re.search(r'<figure class="article__image">.*?</figure>', html, re.S).group(0)
    return set(re.findall(r'<img[^>]* alt="([^"]*)"', figure))


@pytest.mark.parametrize(
    ("description", "decorative", "alt"),
    [
        ("Trois membres de la délégation devant le centre", False, "Trois membres de la délégation devant le centre"),
        ("", False, "Centre"),  # no description: the image's title
        ("Trois membres de la délégation devant le centre", True, ""),
    ],
)
def test_the_main_image_is_described_unless_decorative(client, news, description, decorative, alt):
    image = news["main"].main_image
    image.description = description
    image.save()
    page = news["main"]
    page.main_image_decorative = decorative
    page.save_revision().publish()

    assert main_image_alts(client, "/fr/actualites/visite-du-centre-de-retention/") == {alt}


def test_themes_link_to_the_filtered_listing(client, news):
    html = client.get("/fr/actualites/visite-du-centre-de-retention/").content.decode()
    themes = re.search(r'<div class="theme-links">.*?</div>', html, re.S).group(0)
    assert '<a href="/fr/actualites/?theme=justice" dir="auto">Justice</a>' in themes
    assert '<a href="/fr/actualites/?theme=migration" dir="auto">Migration</a>' in themes


def test_share_links_are_plain_links_with_the_page_url(client, news):
    html = client.get("/fr/actualites/visite-du-centre-de-retention/").content.decode()
    share = re.search(r'<nav class="share-links".*?</nav>', html, re.S).group(0)
    url = "http%3A%2F%2Ftestserver%2Ffr%2Factualites%2Fvisite-du-centre-de-retention%2F"
    assert f"mailto:?subject=Visite%20du%20centre%20de%20r%C3%A9tention&amp;body={url}" in share
    for prefix in (
        "https://twitter.com/intent/tweet?url=",
        "https://www.facebook.com/sharer/sharer.php?u=",
        "https://www.linkedin.com/sharing/share-offsite/?url=",
    ):
        assert f"{prefix}{url}" in share
    assert "https://wa.me/?text=" in share
    assert "<script" not in share


def test_arabic_article_uses_moroccan_date_and_arabic_theme_names(client, news, locales):
    translate_page(news["index"], locales["ar"], title="المستجدات")
    ar_page = translate_page(news["main"], locales["ar"], title="زيارة مركز الاحتفاظ")
    # The translation still points at the French theme rows, as wagtail-localize leaves them.
    assert {theme.locale_id for theme in ar_page.themes.all()} == {locales["fr"].pk}
    html = client.get("/ar/actualites/visite-du-centre-de-retention/").content.decode()
    assert '<time class="date" datetime="2017-05-10">10 ماي 2017</time>' in html
    assert 'dir="rtl"' in html and "زيارة مركز الاحتفاظ" in html
    themes = re.search(r'<div class="theme-links">.*?</div>', html, re.S).group(0)
    assert '<a href="/ar/actualites/?theme=migration" dir="auto">الهجرة</a>' in themes
    assert ">Justice</a>" in themes  # no Arabic row yet: the French name stands in
    assert "Migration" not in themes
    assert "دقائق للقراءة" in html


def test_related_articles_start_with_the_editors_choice_then_shared_themes(client, news, site_tree):
    index = news["index"]
    other_theme = make_theme(news["migration"].locale, "Santé", "sante")
    chosen = article(index, "Choix de la rédaction", date=datetime.date(2010, 1, 1), themes=[other_theme])
    older = article(index, "Ancienne visite", date=datetime.date(2015, 1, 1), themes=[news["migration"]])
    article(index, "Visite récente", date=datetime.date(2020, 1, 1), themes=[news["justice"]])
    newest = article(index, "Visite très récente", date=datetime.date(2021, 1, 1), themes=[news["migration"]])
    article(index, "Sans rapport", date=datetime.date(2022, 1, 1), themes=[other_theme])
    article(index, "Brouillon", date=datetime.date(2023, 1, 1), themes=[news["migration"]], publish=False)
    main = news["main"]
    main.related_links = [ArticleRelatedLink(related_page=chosen), ArticleRelatedLink(related_page=newest)]
    main.save_revision().publish()
    html = client.get("/fr/actualites/visite-du-centre-de-retention/").content.decode()
    assert related_titles(html) == ["Choix de la rédaction", "Visite très récente", "Visite récente"]
    assert older.title not in related_titles(html)


def test_related_articles_never_list_the_page_itself_or_another_language(client, news, locales):
    index = news["index"]
    article(index, "Voisine", date=datetime.date(2016, 1, 1), themes=[news["migration"]])
    main = news["main"]
    main.related_links = [ArticleRelatedLink(related_page=main)]
    main.save_revision().publish()
    translate_page(index, locales["ar"], title="المستجدات")
    translate_page(main, locales["ar"], title="زيارة")
    html = client.get("/fr/actualites/visite-du-centre-de-retention/").content.decode()
    assert related_titles(html) == ["Voisine"]
    html = client.get("/ar/actualites/visite-du-centre-de-retention/").content.decode()
    assert related_titles(html) == []


def test_side_column_lists_featured_publications_of_the_language(client, news, site_tree):
    pub_index = publication_index(site_tree["fr"])
    publication(pub_index, "Rapport annuel", featured=True)
    publication(pub_index, "Étude ordinaire", featured=False)
    html = client.get("/fr/actualites/visite-du-centre-de-retention/").content.decode()
    side = re.search(r'<section class="featured-publications".*?</section>', html, re.S).group(0)
    assert "Publications à la une" in side and "Rapport annuel" in side and "Étude ordinaire" not in side


def test_article_without_image_or_themes_still_renders(client, news):
    article(news["index"], "Brève", slug="breve", summary="Court.")
    html = client.get("/fr/actualites/breve/").content.decode()
    assert "1 minute de lecture" in html and 'class="theme-links"' not in html
    assert 'class="article__image"' not in html


def test_unknown_article_slug_is_404(client, news):
    assert client.get("/fr/actualites/inexistant/").status_code == 404
    assert client.get("/fr/actualites/visite-du-centre-de-retention/suite/").status_code == 404


def test_preview_shows_the_drafts_related_pages_not_the_cached_ones(client, news):
    index = news["index"]
    first = article(index, "Première voisine", date=datetime.date(2016, 1, 1))
    second = article(index, "Seconde voisine", date=datetime.date(2016, 2, 1))
    main = news["main"]
    main.related_links = [ArticleRelatedLink(related_page=first)]
    main.save_revision().publish()
    assert related_titles(client.get("/fr/actualites/visite-du-centre-de-retention/").content.decode())[0] == (
        "Première voisine"
    )
    main.related_links = [ArticleRelatedLink(related_page=second)]
    main.save_revision()
    draft = ArticlePage.objects.get(pk=main.pk).get_latest_revision_as_object()
    response = draft.make_preview_request()
    assert response.status_code == 200
    assert related_titles(response.rendered_content)[0] == "Seconde voisine"
    # Readers still see the published choice, from the cache or not.
    assert related_titles(client.get("/fr/actualites/visite-du-centre-de-retention/").content.decode())[0] == (
        "Première voisine"
    )
