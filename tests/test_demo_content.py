"""The demo site `manage.py load_demo` builds: complete, bilingual, repeatable, and served."""

import re
from io import BytesIO

import pytest
from django.db import transaction
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from core.blocks import BodyBlock
from demo.loader import load_demo
from editorial import status
from editorial.status import count_by_state, translation_statuses
from home.models import HomePage, StandardPage
from news.models import ArticlePage, PublicationPage, PublicationType, Theme

ARABIC = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once for the module, inside a transaction rolled back at the end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            load_demo()
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "themes": Theme.objects.count(),
        "types": PublicationType.objects.count(),
        "translations": Translation.objects.count(),
        "sources": TranslationSource.objects.count(),
        "embeds": Embed.objects.count(),
    }


def french(model):
    return model.objects.filter(locale__language_code="fr")


def arabic_version(page):
    return Page.objects.filter(translation_key=page.translation_key, locale__language_code="ar").first()


def test_loading_the_demo_again_duplicates_nothing():
    before = counts()
    assert load_demo() == 0
    assert counts() == before


def test_every_body_block_type_is_used_somewhere():
    used = set()
    for model in (ArticlePage, PublicationPage, StandardPage):
        for page in french(model):
            used.update(block.block_type for block in page.body)
    for page in french(HomePage):
        used.update(block.block_type for block in page.intro)
    assert used == set(BodyBlock().child_blocks)


def test_at_least_thirty_articles_over_three_years_of_both_kinds():
    articles = french(ArticlePage).live()
    assert articles.count() >= 30
    assert len({article.date.year for article in articles}) >= 3
    assert {article.kind for article in articles} == {ArticlePage.Kind.NEWS, ArticlePage.Kind.PRESS_RELEASE}
    for article in articles:
        assert article.summary and article.main_image_id and article.themes.exists() and article.tags.exists()
        assert len(article.body) >= 3


def test_themes_and_publication_types_exist_in_arabic_under_the_same_slug():
    assert french(Theme).count() >= 5
    assert french(PublicationType).count() >= 6
    for model in (Theme, PublicationType):
        for term in french(model):
            translated = model.objects.get(translation_key=term.translation_key, locale__language_code="ar")
            assert translated.slug == term.slug
            assert ARABIC.search(translated.name)
            # Terms are reviewed like pages: the demo's are published, readers see them.
            assert term.live and term.live_revision_id and translated.live and translated.live_revision_id


def test_ten_publications_each_with_a_readable_pdf():
    publications = french(PublicationPage).live()
    assert publications.count() >= 10
    assert publications.filter(featured=True).count() == 3
    assert publications.values("publication_type").distinct().count() >= 5
    assert any(publication.annexes.exists() for publication in publications)
    for publication in publications:
        document = publication.document
        assert document.file_extension == "pdf"
        with document.file.open("rb") as handle:
            reader = PdfReader(BytesIO(handle.read()))
        assert publication.title.split()[0].replace("’", "'") in reader.pages[0].extract_text()
        assert publication.cover_image_id


def test_most_pages_have_a_live_arabic_translation_with_an_arabic_title():
    french_pages = Page.objects.filter(locale__language_code="fr", depth__gt=2).live()
    translated = [arabic_version(page) for page in french_pages]
    live = [page for page in translated if page is not None and page.live]
    assert len(live) >= 0.8 * french_pages.count()
    for page in live:
        assert ARABIC.search(page.title), page.title
        assert page.alias_of_id is None


def test_arabic_pages_keep_the_french_slug(client):
    article = french(ArticlePage).get(slug="accueil-migrants-avis-projet-de-loi")
    translated = arabic_version(article).specific
    assert translated.url == "/ar/actualites/accueil-migrants-avis-projet-de-loi/"
    assert [theme.name for theme in translated.themes.all()] == ["المهاجرون واللاجئون"]


def test_the_translation_status_report_shows_every_state():
    statuses = translation_statuses(source_language="fr")
    counts = count_by_state(statuses)
    assert counts[status.MISSING] >= 3
    assert counts[status.IN_PROGRESS] == 1
    assert counts[status.AWAITING_REVIEW] == 1
    assert counts[status.LIVE_OUTDATED] == 1
    assert counts[status.LIVE_CURRENT] >= 0.8 * len(statuses)
    in_progress = next(item for item in statuses if item.state == status.IN_PROGRESS)
    assert 0 < in_progress.percent_translated < 100
    outdated = Page.objects.get(pk=next(item.page_id for item in statuses if item.state == status.LIVE_OUTDATED))
    source = TranslationSource.objects.get_for_instance(outdated).as_instance()
    assert source.summary != outdated.specific.summary  # the French text changed after translation


def test_finished_translations_leave_no_segment_in_french():
    for translation in Translation.objects.filter(target_locale__language_code="ar"):
        target = translation.get_target_instance()
        if isinstance(target, Page) and target.live:
            total, done = translation.get_progress()
            assert done == total, target.title


def test_the_video_renders_from_the_stored_embed_without_asking_youtube(monkeypatch):
    from wagtail.embeds import embeds

    def no_network(*args, **kwargs):
        raise AssertionError("an oEmbed request was attempted")

    monkeypatch.setattr(embeds, "get_finder_for_embed", no_network)
    videos = [block for page in french(ArticlePage) for block in page.body if block.block_type == "video"]
    assert videos
    assert "<iframe" in videos[0].render()


def test_both_homes_answer_with_the_header_navigation(client):
    for url in ("/fr/", "/ar/"):
        response = client.get(url)
        assert response.status_code == 200
    html = client.get("/fr/").content.decode()
    nav = html[html.index('class="main-nav"') :]
    nav = nav[: nav.index("</nav>")]
    for label in ("Actualités", "Publications", "Le Conseil", "Contact"):
        assert f">{label}</a>" in nav
    assert "Mentions légales</a>" not in nav


@pytest.mark.parametrize(
    "url, links",
    [
        ("/fr/", ["Mentions légales", "Protection des données personnelles", "Contact"]),
        ("/ar/", ["الإشعار القانوني", "حماية المعطيات الشخصية", "اتصل بنا"]),
    ],
)
def test_footer_links_legal_notice_privacy_and_contact_in_both_languages(client, url, links):
    html = client.get(url).content.decode()
    footer = html[html.index('class="site-footer__links"') :]
    footer = footer[: footer.index("</nav>")]
    found = re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer)
    assert [title for _link, title in found] == links
    for link, _title in found:
        assert link.startswith(url) and client.get(link).status_code == 200


@pytest.mark.parametrize(
    "url, template",
    [
        ("/fr/actualites/", "news/news_index_page.html"),
        ("/ar/actualites/", "news/news_index_page.html"),
        ("/fr/publications/", "news/publication_index_page.html"),
        ("/ar/publications/", "news/publication_index_page.html"),
        ("/fr/actualites/accueil-migrants-avis-projet-de-loi/", "news/article_page.html"),
        ("/ar/actualites/accueil-migrants-avis-projet-de-loi/", "news/article_page.html"),
        ("/fr/publications/rapport-annuel-2025/", "news/publication_page.html"),
        ("/fr/le-conseil/composition/", "home/standard_page.html"),
        ("/ar/le-conseil/commissions-regionales/", "home/standard_page.html"),
    ],
)
def test_demo_pages_answer(client, url, template):
    response = client.get(url)
    assert response.status_code == 200
    assert template in [t.name for t in response.templates]


def test_arabic_originals_are_translated_into_french_live_in_progress_or_not_yet(client):
    from demo.arabic_originals import ARABIC_ORIGINALS

    originals = {status.title: status for status in translation_statuses(source_language="ar")}
    assert len(originals) == len(ARABIC_ORIGINALS) >= 3
    states = {spec["french"]: originals[spec["title"][0]] for spec in ARABIC_ORIGINALS}
    assert states["live"].state == status.LIVE_CURRENT
    assert states["in_progress"].state == status.IN_PROGRESS and 0 < states["in_progress"].percent_translated < 100
    assert states["missing"].state == status.MISSING

    live = next(spec for spec in ARABIC_ORIGINALS if spec["french"] == "live")
    french_page = ArticlePage.objects.get(pk=states["live"].translated_page_id)
    assert french_page.title == live["title"][1]
    assert french_page.url == "/fr/actualites/declaration-du-conseil-sur-la-liberte-de-la-presse-et-dexpression/"
    assert [theme.name for theme in french_page.themes.all()] == ["Liberté d’expression"]
    assert TranslationSource.objects.get(object_id=french_page.translation_key).locale.language_code == "ar"
    html = client.get(french_page.url).content.decode()
    assert live["summary"][1] in html and live["paragraphs"][0][1] in html.replace("&#x27;", "’")
    arabic_page = ArticlePage.objects.get(pk=states["live"].page_id)
    assert client.get(arabic_page.url).status_code == 200
    listing = client.get("/fr/actualites/").content.decode()
    assert live["title"][1] in listing
    for spec in ARABIC_ORIGINALS:
        if spec["french"] != "live":
            assert spec["title"][1] not in listing
