import datetime
import re

import pytest

from home.models import HomePage
from tests.factories import article, make_image, news_index, publication, publication_index, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(site_tree):
    home = site_tree["fr"]
    index = news_index(home)
    image = make_image()
    articles = [
        article(index, f"Actualité {day}", date=datetime.date(2024, 2, day), main_image=image) for day in range(1, 8)
    ]
    pub_index = publication_index(home)
    publication(pub_index, "Rapport à la une", featured=True, cover_image=image)
    publication(pub_index, "Étude", featured=False)
    return {"home": home, "index": index, "articles": articles, "pub_index": pub_index}


def hero_title(html):
    hero = re.search(r'<section class="home-hero".*?</section>', html, re.S).group(0)
    return re.search(r'<a href="[^"]+">([^<]+)</a>', hero).group(1)


def section(html, name):
    return re.search(rf'<section class="{name}".*?</section>', html, re.S).group(0)


def test_hero_defaults_to_the_latest_article(client, content):
    html = client.get("/fr/").content.decode()
    assert hero_title(html) == "Actualité 7"
    hero = section(html, "home-hero")
    assert 'loading="lazy"' not in hero and "srcset=" in hero


def test_hero_is_the_editors_choice_when_live(client, content):
    home = HomePage.objects.get(pk=content["home"].pk)
    home.hero_article = content["articles"][1]
    home.save_revision().publish()
    assert hero_title(client.get("/fr/").content.decode()) == "Actualité 2"
    content["articles"][1].unpublish()
    assert hero_title(client.get("/fr/").content.decode()) == "Actualité 7"


def test_latest_news_follow_the_hero_without_repeating_it(client, content):
    html = client.get("/fr/").content.decode()
    latest = section(html, "home-latest")
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', latest) == [f"Actualité {d}" for d in (6, 5, 4, 3)]
    assert 'loading="lazy"' in latest


def test_featured_publications_and_newsletter_teaser(client, content):
    home = HomePage.objects.get(pk=content["home"].pk)
    home.newsletter_teaser = "Chaque mois, l’essentiel de nos travaux."
    home.save_revision().publish()
    html = client.get("/fr/").content.decode()
    featured = section(html, "featured-publications")
    assert "Publications à la une" in featured and "Rapport à la une" in featured and "Étude" not in featured
    teaser = section(html, "newsletter-teaser")
    assert "Chaque mois, l’essentiel de nos travaux." in teaser and "S’abonner au bulletin" in teaser


def test_home_keeps_the_intro_stream(client, content):
    html = client.get("/fr/").content.decode()
    assert "Protéger et promouvoir les droits humains" in html


def test_arabic_home_shows_arabic_content_only(client, content, locales):
    translate_page(content["index"], locales["ar"], title="المستجدات")
    translate_page(content["articles"][0], locales["ar"], title="خبر")
    html = client.get("/ar/").content.decode()
    assert hero_title(html) == "خبر"
    assert "Actualité 7" not in html and "Rapport à la une" not in html
    assert "النشرة الإخبارية" in html and "حماية حقوق الإنسان" in html


def test_home_without_news_still_renders(client, site_tree):
    html = client.get("/fr/").content.decode()
    assert 'class="home-hero"' not in html and 'class="newsletter-teaser"' in html


def cover_images(html):
    featured = section(html, "featured-publications")
    return re.findall(r"<img [^>]*>", featured), re.findall(r'srcset="([^"]+)"', featured)


def test_featured_covers_keep_their_portrait_shape_at_natural_size_with_2x_sources(client, content):
    cover = make_image("Couverture", width=420, height=594)
    publication(content["pub_index"], "Rapport annuel", featured=True, cover_image=cover)
    images, srcsets = cover_images(client.get("/fr/").content.decode())
    portrait = next(img for img in images if 'width="210"' in img)
    # Shown at its 1× rendition's size, uncropped (594/420 × 210 = 297), never stretched to the column.
    assert 'height="297"' in portrait and 'alt=""' in portrait
    assert any(" 210w" in srcset and " 420w" in srcset for srcset in srcsets)
    assert not any("fill-" in srcset for srcset in srcsets)


def test_arabic_home_shows_the_cover_the_translator_supplied(client, content, locales):
    french_cover = make_image("Couverture", width=420, height=594)
    arabic_cover = make_image("Couverture arabe", width=420, height=594)
    report = publication(content["pub_index"], "Rapport annuel", featured=True, cover_image=french_cover)
    translate_page(content["home"].get_children().get(slug=content["pub_index"].slug), locales["ar"], title="المنشورات")
    translate_page(report, locales["ar"], title="التقرير السنوي", cover_image=arabic_cover)
    html = client.get("/ar/").content.decode()
    assert "التقرير السنوي" in section(html, "featured-publications")
    srcsets = " ".join(cover_images(html)[1])
    arabic_urls = [rendition.url for rendition in arabic_cover.renditions.all()]
    assert arabic_urls and all(url in srcsets for url in arabic_urls)
    client.get("/fr/")
    french_urls = [rendition.url for rendition in french_cover.renditions.all()]
    assert french_urls and not any(url in srcsets for url in french_urls)
