import datetime
import re

import pytest

from news.models import PublicationAnnex
from tests.factories import (
    make_document,
    make_image,
    make_publication_type,
    make_theme,
    publication,
    publication_index,
    translate_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(site_tree, locales):
    fr, ar = locales["fr"], locales["ar"]
    report = make_publication_type(fr, "Rapport", "rapport")
    opinion = make_publication_type(fr, "Avis", "avis")
    make_publication_type(ar, "تقرير", "rapport", translation_of=report)
    prisons = make_theme(fr, "Prisons", "prisons")
    index = publication_index(site_tree["fr"])
    annual = publication(
        index,
        "Rapport annuel 2023",
        date=datetime.date(2024, 4, 2),
        publication_type=report,
        themes=[prisons],
        cover_image=make_image("Couverture"),
        document=make_document("Rapport annuel", "rapport-annuel-2023.pdf", size=3 * 1024 * 1024),
        featured=True,
    )
    PublicationAnnex.objects.create(
        page=annual, locale=fr, title="Annexe statistique", document=make_document("Annexe", "annexe.xlsx", 4096)
    )
    annual.save_revision().publish()
    opinion_page = publication(
        index, "Avis sur le code pénal", date=datetime.date(2023, 2, 1), publication_type=opinion
    )
    return {"index": index, "annual": annual, "opinion": opinion_page, "report": report}


def titles(html):
    return re.findall(r'class="card__title" dir="auto"><a href="[^"]+">([^<]+)</a>', html)


def test_lists_publications_newest_first_with_type_labels(client, library):
    html = client.get("/fr/publications/").content.decode()
    assert titles(html) == ["Rapport annuel 2023", "Avis sur le code pénal"]
    assert '<span class="card__label">Rapport</span>' in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("type=avis", ["Avis sur le code pénal"]),
        ("type=rapport&theme=prisons", ["Rapport annuel 2023"]),
        ("theme=prisons&year=2024", ["Rapport annuel 2023"]),
        ("year=2023", ["Avis sur le code pénal"]),
    ],
)
def test_filters_by_type_theme_and_year(client, library, query, expected):
    assert titles(client.get(f"/fr/publications/?{query}").content.decode()) == expected


@pytest.mark.parametrize("query", ["type=memo", "theme=sante", "year=2019", "year=abc", "page=2", "page=x"])
def test_bad_values_are_404(client, library, query):
    assert client.get(f"/fr/publications/?{query}").status_code == 404


def test_publication_page_shows_type_date_download_and_annexes(client, library):
    html = client.get("/fr/publications/rapport-annuel-2023/").content.decode()
    assert '<span class="article__kind" dir="auto">Rapport</span>' in html
    assert '<time class="date" datetime="2024-04-02">2 avril 2024</time>' in html
    download = re.search(r'<p class="publication__download">.*?</p>', html, re.S).group(0)
    assert "Télécharger la publication" in download and "rapport-annuel-2023" in download
    assert "(PDF, 3,0\xa0Mio)" in download
    annexes = re.search(r'<section class="publication__annexes".*?</section>', html, re.S).group(0)
    assert "Annexe statistique" in annexes and "(XLSX, 4,0\xa0Kio)" in annexes
    assert '<figure class="publication__cover">' in html
    assert '<a href="/fr/publications/?theme=prisons" dir="auto">Prisons</a>' in html


def test_arabic_publication_may_point_to_the_arabic_pdf(client, library, locales):
    translate_page(library["index"], locales["ar"], title="الإصدارات")
    arabic_pdf = make_document("التقرير السنوي", "rapport-annuel-2023-ar.pdf", size=1024 * 1024)
    translate_page(library["annual"], locales["ar"], title="التقرير السنوي 2023", document=arabic_pdf)
    html = client.get("/ar/publications/rapport-annuel-2023/").content.decode()
    download = re.search(r'<p class="publication__download">.*?</p>', html, re.S).group(0)
    assert "rapport-annuel-2023-ar" in download and "تحميل الإصدار" in download
    assert '<span class="article__kind" dir="auto">تقرير</span>' in html
    assert "2 أبريل 2024" in html
    listing = client.get("/ar/publications/").content.decode()
    assert titles(listing) == ["التقرير السنوي 2023"]
    assert '<option value="rapport">تقرير</option>' in listing


def notice(html):
    match = re.search(r'<p class="publication__notice" id="document-language">(.*?)</p>', html, re.S)
    return match.group(1) if match else None


def test_arabic_publication_with_only_the_french_pdf_says_so(client, library, locales):
    from wagtail_localize.models import TranslationSource

    TranslationSource.get_or_create_from_instance(library["annual"])
    translate_page(library["index"], locales["ar"], title="الإصدارات")
    translate_page(library["annual"], locales["ar"], title="التقرير السنوي 2023")
    html = client.get("/ar/publications/rapport-annuel-2023/").content.decode()
    assert notice(html) == "هذا الإصدار متوفر باللغة الفرنسيّة فقط: الوثيقة المحملة بهذه اللغة."
    assert 'hreflang="fr" aria-describedby="document-language"' in html
    assert notice(client.get("/fr/publications/rapport-annuel-2023/").content.decode()) is None


def test_arabic_publication_with_its_arabic_pdf_has_no_language_notice(client, library, locales):
    from wagtail_localize.models import TranslationSource

    TranslationSource.get_or_create_from_instance(library["annual"])
    translate_page(library["index"], locales["ar"], title="الإصدارات")
    arabic_pdf = make_document("التقرير السنوي", "rapport-annuel-2023-ar.pdf")
    translate_page(library["annual"], locales["ar"], title="التقرير السنوي 2023", document=arabic_pdf)
    html = client.get("/ar/publications/rapport-annuel-2023/").content.decode()
    assert notice(html) is None and "hreflang=" not in re.search(
        r'<p class="publication__download">.*?</p>', html, re.S
    ).group(0)
