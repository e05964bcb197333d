"""Every block of the body library renders its own template with accessible markup."""

import re

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from core.blocks import BodyBlock
from tests.factories import make_document, make_image

pytestmark = pytest.mark.django_db


def render(name, raw):
    block = BodyBlock().child_blocks[name]
    return str(block.render(block.to_python(raw))).strip()


def test_every_block_has_a_template_and_a_test():
    tested = {name.removeprefix("test_").split("_block")[0] for name in globals() if name.startswith("test_")}
    for name, block in BodyBlock().child_blocks.items():
        assert block.meta.template == f"blocks/{name}.html"
        assert name in tested, f"no rendering test for {name}"


def test_heading_block_uses_the_chosen_level():
    assert (
        render("heading", {"text": "Missions", "level": "h3"}) == '<h3 class="block-heading" dir="auto">Missions</h3>'
    )


def test_paragraph_block_keeps_rich_text_in_an_auto_direction_wrapper():
    html = render("paragraph", "<p>Le Conseil <b>veille</b>.</p>")
    assert html.startswith('<div class="block-paragraph rich-text" dir="auto">') and "<b>veille</b>" in html


def test_image_block_is_a_figure_with_caption_credit_and_alt():
    image = make_image()
    html = render(
        "image", {"image": image.pk, "alt_text": "Une salle d’audience", "caption": "Audience", "credit": "CNDH"}
    )
    assert html.strip().startswith('<figure class="block-image">')
    img = re.search(r"<img[^>]+>", html).group(0)
    assert 'alt="Une salle d’audience"' in img and "srcset=" in img and 'loading="lazy"' in img
    assert 'width="' in img and 'height="' in img
    assert '<figcaption dir="auto">Audience <small class="credit">© CNDH</small></figcaption>' in html


def test_image_block_decorative_image_has_empty_alt():
    html = render("image", {"image": make_image().pk, "alt_text": "ignoré", "decorative": True})
    assert 'alt=""' in html and "ignoré" not in html


def test_quote_block_is_a_blockquote_with_cite():
    html = render("quote", {"text": "La dignité d’abord.", "attribution": "La présidente"})
    assert '<blockquote dir="auto"><p>La dignité d’abord.</p></blockquote>' in html
    assert "<cite>La présidente</cite>" in html and "<figure" in html and "<figcaption" in html


def test_video_block_has_a_title_and_a_transcript_disclosure():
    url = "https://www.youtube.com/watch?v=abc"
    Embed.objects.create(
        url=url, hash=get_embed_hash(url), max_width=None, html='<iframe src="about:blank"></iframe>', type="video"
    )
    html = render("video", {"title": "Conférence", "video": url, "transcript": "<p>Bonjour.</p>"})
    assert '<figcaption dir="auto">Conférence</figcaption>' in html
    assert '<iframe src="about:blank" title="Conférence"></iframe>' in html
    assert "<details" in html and "<summary>Transcription</summary>" in html and "Bonjour." in html


def test_video_block_titles_the_frame_with_the_editors_title_not_the_hosts():
    url = "https://www.youtube.com/watch?v=def"
    html = '<iframe title="YouTube video player" src="about:blank"></iframe><iframe src="about:blank"></iframe>'
    Embed.objects.create(url=url, hash=get_embed_hash(url), max_width=None, html=html, type="video")
    rendered = render("video", {"title": "Rapport annuel 2025", "video": url, "transcript": ""})
    assert rendered.count('title="Rapport annuel 2025"') == 2 and "YouTube video player" not in rendered


def test_video_block_title_is_required():
    from core.blocks import VideoBlock

    assert VideoBlock().child_blocks["title"].required


def test_document_block_shows_format_and_size():
    document = make_document("Rapport", "rapport.pdf", 2048)
    html = render("document", {"document": document.pk, "title": ""})
    assert 'href="/documents/' in html and '<span dir="auto">Rapport</span>' in html
    assert "(PDF, 2,0\xa0Kio)" in html


def test_table_block_has_caption_and_scoped_headers():
    html = render(
        "table",
        {
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": "Plaintes reçues",
            "data": [["Année", "Plaintes"], ["2024", "3 120"]],
        },
    )
    assert '<caption dir="auto">Plaintes reçues</caption>' in html
    assert '<th scope="col" dir="auto">Année</th>' in html
    assert '<th scope="row" dir="auto">2024</th>' in html and '<td dir="auto">3 120</td>' in html
    assert html.count("<thead>") == 1 and html.count("<tbody>") == 1 and html.count("</tbody>") == 1


def test_table_block_leaves_out_empty_rows():
    html = render(
        "table",
        {
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "table_caption": "",
            "data": [["Année", "Plaintes"], [None, None], ["2024", "3 120"], ["", "  "], [None, ""]],
        },
    )
    assert html.count("<tr>") == 2
    assert '<th scope="col" dir="auto">Année</th>' in html and '<td dir="auto">3 120</td>' in html


def test_a_new_table_starts_with_a_header_row():
    block = BodyBlock().child_blocks["table"]
    default = block.get_default()
    assert default["first_row_is_table_header"] is True and default["table_header_choice"] == "row"
    assert block.clean(block.to_python({**default, "data": [["Année"], ["2024"]]}))["first_row_is_table_header"]


def test_key_figures_block_is_a_list():
    html = render("key_figures", {"title": "En chiffres", "figures": [{"number": "3 480", "label": "plaintes"}]})
    assert '<ul class="key-figures">' in html and "3 480" in html and "plaintes" in html


def test_call_to_action_block_links_to_the_address():
    html = render(
        "call_to_action",
        {"title": "Saisir le Conseil", "text": "", "page": None, "url": "https://example.org/", "button_label": "Go"},
    )
    assert '<a class="button button--primary" href="https://example.org/">Go</a>' in html


def test_accordion_block_uses_details_and_summary():
    html = render(
        "accordion",
        {"title": "FAQ", "items": [{"question": "Comment ?", "answer": "<p>Ainsi.</p>"}]},
    )
    assert '<details>\n    <summary dir="auto">Comment ?</summary>' in html and "Ainsi." in html


def test_gallery_block_is_a_list_of_figures():
    first, second = make_image("Un"), make_image("Deux")
    html = render(
        "gallery",
        {
            "title": "",
            "images": [
                {"image": first.pk, "alt_text": "Première", "caption": "Un"},
                {"image": second.pk, "decorative": True},
            ],
        },
    )
    assert html.count("<figure>") == 2 and 'alt="Première"' in html and 'alt=""' in html
    assert '<figcaption dir="auto">Un</figcaption>' in html and 'loading="lazy"' in html


def test_every_block_tells_editors_what_it_does_and_previews(db):
    from core.blocks import BodyBlock

    make_image("Aperçu", 640, 480, name="test.png")
    make_document("Rapport", content=b"%PDF-1.4\n")
    for name, block in BodyBlock().child_blocks.items():
        assert block.meta.icon, name
        assert block.meta.description, name
        assert block.meta.template, name
        value = block.get_preview_value()
        assert value, f"{name} has no preview value"
        if name != "video":  # rendering an embed would ask the video host
            assert block.render(block.normalize(value)).strip(), name


def test_image_without_alt_text_must_be_marked_decorative(db):
    from django.core.exceptions import ValidationError

    from core.blocks import ImageBlock

    block = ImageBlock()
    image = make_image("Visite", 640, 480, name="test.png")
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": False}))
    assert "Décrivez l’image" in str(error.value.block_errors["alt_text"])
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))["decorative"]
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "Une salle", "decorative": False}))


def test_call_to_action_needs_a_page_or_an_address(db):
    from django.core.exceptions import ValidationError

    from core.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = {"title": "Saisir le Conseil", "text": "", "page": None, "url": "", "button_label": "Saisir"}
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(value))
    assert "Choisissez une page ou une adresse." in str(error.value.block_errors["page"])
    assert block.clean(block.to_python({**value, "url": "https://example.org/plainte"}))
