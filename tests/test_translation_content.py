"""What a translation carries: table cells as segments, the French slug, themes, replaceable PDF and image."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, StringSegment, StringTranslation
from wagtail_localize.operations import translate_object
from wagtail_localize.segments import StringSegmentValue

from core.blocks import TableBlock
from news.models import ArticlePage, PublicationPage
from tests.factories import make_document, make_image, make_publication_type, make_theme, publication, publication_index
from tests.translation_support import translate_through_admin, translation_of

pytestmark = pytest.mark.django_db

TABLE = {
    "first_row_is_table_header": True,
    "first_col_is_header": False,
    "table_caption": "Plaintes reçues",
    "data": [["Année", "Plaintes"], ["2025", None], ["", "3 480"]],
}


def test_table_cells_and_caption_are_segments_and_restore_in_place():
    block = TableBlock()
    segments = block.get_translatable_segments(TABLE)
    assert [(s.path, s.render_text()) for s in segments] == [
        ("caption", "Plaintes reçues"),
        ("cell.0.0", "Année"),
        ("cell.0.1", "Plaintes"),
        ("cell.1.0", "2025"),
        ("cell.2.1", "3 480"),
    ]
    translated = block.restore_translated_segments(
        TABLE,
        [
            StringSegmentValue("caption", "الشكايات المتلقاة"),
            StringSegmentValue("cell.0.0", "السنة"),
            StringSegmentValue("cell.0.1", "الشكايات"),
            StringSegmentValue("cell.9.9", "خارج الجدول"),
        ],
    )
    assert translated["table_caption"] == "الشكايات المتلقاة"
    assert translated["data"] == [["السنة", "الشكايات"], ["2025", None], ["", "3 480"]]
    assert translated["first_row_is_table_header"] is True
    assert TABLE["data"][0][0] == "Année"  # the source value is untouched


def test_the_table_of_an_article_is_offered_to_translators(client, role_users, french_article, locales):
    translate_through_admin(client, role_users["communication"], french_article, locales["ar"])
    source = translation_of(french_article, locales["ar"]).source
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"Plaintes reçues", "Année", "Plaintes", "2025", "3 480"} <= texts


def test_arabic_page_keeps_the_french_slug_and_follows_it(client, role_users, french_article, locales):
    translate_through_admin(client, role_users["communication"], french_article, locales["ar"])
    translation = translation_of(french_article, locales["ar"])
    assert not StringSegment.objects.filter(source=translation.source, context__path="slug").exists()
    arabic = ArticlePage.objects.get(translation_key=french_article.translation_key, locale=locales["ar"])
    assert arabic.slug == "bilan-annuel"

    french_article.slug = "bilan-annuel-2026"
    french_article.save_revision().publish()
    translation.source.update_from_db()
    translation.save_target(publish=False)
    arabic.refresh_from_db()
    assert arabic.slug == "bilan-annuel-2026"


def test_aliases_under_ar_are_not_served_and_a_converted_alias_goes_offline(
    client, role_users, french_article, locales
):
    translate_through_admin(client, role_users["communication"], french_article, locales["ar"])
    index = french_article.get_parent()
    arabic_index = Page.objects.get(translation_key=index.translation_key, locale=locales["ar"])
    assert arabic_index.alias_of_id == index.pk and arabic_index.live
    assert client.get("/ar/actualites/").status_code == 404

    # Translating the index converts the alias into a draft translation: still not served.
    translate_through_admin(client, role_users["communication"], index, locales["ar"])
    arabic_index.refresh_from_db()
    assert arabic_index.alias_of_id is None
    assert not arabic_index.live
    client.logout()
    assert client.get("/ar/actualites/").status_code == 404


def test_themes_follow_the_french_page_as_arabic_themes_on_sync(client, role_users, french_article, locales):
    translate_through_admin(client, role_users["communication"], french_article, locales["ar"])
    translation = translation_of(french_article, locales["ar"])
    new_theme = make_theme(locales["fr"], "Migrations", "migrations")
    french_article.themes.add(new_theme)
    french_article.save_revision().publish()

    translation.source.update_from_db()
    translation.save_target(publish=False)
    arabic = ArticlePage.objects.get(translation_key=french_article.translation_key, locale=locales["ar"])
    themes = {theme.slug: theme for theme in arabic.themes.all()}
    assert set(themes) == {"droits-des-femmes", "migrations"}
    assert all(theme.locale == locales["ar"] for theme in themes.values())
    assert themes["droits-des-femmes"].name == "حقوق النساء"
    # The revision the moderators review carries them too.
    assert {t.slug for t in arabic.get_latest_revision_as_object().themes.all()} == set(themes)


def test_translator_replaces_the_pdf_and_image_of_the_arabic_page(client, role_users, site_tree, locales):
    french_pdf = make_document("Rapport", "rapport-fr.pdf", content=b"%PDF fr")
    arabic_pdf = make_document("تقرير", "rapport-ar.pdf", content=b"%PDF ar")
    cover = make_image("Couverture", 640, 480, name="test.png")
    arabic_cover = make_image("غلاف", 640, 480, name="test.png")
    report_type = make_publication_type(locales["fr"], "Rapport", "rapport")
    index = publication_index(site_tree["fr"], show_in_menus=False)
    report = publication(
        index,
        "Rapport annuel",
        slug="rapport-annuel",
        summary="Le rapport.",
        publication_type=report_type,
        document=french_pdf,
        cover_image=cover,
    )
    translate_object(report, [locales["ar"]])
    translation = translation_of(report, locales["ar"])
    overridable = dict(OverridableSegment.objects.filter(source=translation.source).values_list("context__path", "id"))
    assert {"document", "cover_image"} <= set(overridable)

    client.force_login(role_users["translator"])
    for path, replacement in [("document", arabic_pdf), ("cover_image", arabic_cover)]:
        url = reverse("wagtail_localize:edit_override", args=[translation.pk, overridable[path]])
        response = client.put(
            url, urlencode({"value": replacement.pk}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201)
    translation.save_target(user=role_users["translator"], publish=False)

    arabic = PublicationPage.objects.get(translation_key=report.translation_key, locale=locales["ar"])
    draft = arabic.get_latest_revision_as_object()
    assert draft.document == arabic_pdf and draft.cover_image == arabic_cover
    report.refresh_from_db()
    assert report.document == french_pdf
    # The publication type is the Arabic snippet.
    assert draft.publication_type.locale == locales["ar"]


def test_article_main_image_is_overridable(client, role_users, french_article, locales):
    translate_through_admin(client, role_users["communication"], french_article, locales["ar"])
    source = translation_of(french_article, locales["ar"]).source
    assert OverridableSegment.objects.filter(source=source, context__path="main_image").exists()
    assert not StringTranslation.objects.filter(locale=locales["ar"]).exists()
