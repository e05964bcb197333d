"""Hand-edited HTML of the old site becomes our blocks, with nothing executable and no raw HTML."""

import pytest

from legacy.cleaning import BodyConverter, BrokenHtml, sanitise


class Media:
    def __init__(self, pk):
        self.pk = pk


def convert(html, **kwargs):
    images = kwargs.pop("images", {"/files/photo.jpg": Media(7)})
    documents = kwargs.pop("documents", {"/files/rapport.pdf": Media(3)})
    converter = BodyConverter(
        image=lambda src, alt: images.get(src), document=lambda href: documents.get(href), **kwargs
    )
    return converter.convert(html)


def test_scripts_styles_and_event_attributes_are_removed():
    html = (
        '<p onclick="steal()" onmouseover="x()">Texte<script>alert(1)</script></p>'
        "<style>p { display: none }</style><noscript>nope</noscript>"
        '<img src="/files/photo.jpg" alt="Photo" onerror="steal()">'
    )
    body = convert(html)
    assert body.blocks[0] == ("paragraph", "<p>Texte</p>")
    assert body.blocks[1][0] == "image"
    assert "steal" not in str(body.blocks) and "alert" not in str(body.blocks) and "nope" not in str(body.blocks)


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "vbscript:x", "data:text/html,x"]
)
def test_unsafe_links_lose_their_address_and_keep_their_text(href):
    body = convert(f'<p>Voir <a href="{href}">ce lien</a>.</p>')
    assert body.blocks == [("paragraph", "<p>Voir ce lien.</p>")]


def test_safe_links_and_document_links_are_kept():
    body = convert(
        '<p><a href="https://example.org/a?b=1&amp;c=2">site</a>, <a href="mailto:contact@example.org">écrire</a>, '
        '<a href="/files/rapport.pdf">rapport</a>, <a href="/files/absent.pdf">absent</a></p>'
    )
    assert body.blocks == [
        (
            "paragraph",
            '<p><a href="https://example.org/a?b=1&amp;c=2">site</a>, <a href="mailto:contact@example.org">écrire</a>, '
            '<a linktype="document" id="3">rapport</a>, absent</p>',
        )
    ]
    assert body.warnings == ["linked document not found: /files/absent.pdf"]


def test_word_pasted_markup_is_reduced_to_its_text():
    html = (
        "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->"
        '<p class="MsoNormal" style="margin:0cm"><span lang="FR" style="font-family:Calibri;mso-bidi-font-weight:bold">'
        "<b>Le Conseil</b></span> <font face=Arial>rappelle</font> ses recommandations.<o:p></o:p></p>"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    )
    body = convert(html)
    assert body.blocks == [("paragraph", "<p><b>Le Conseil</b> rappelle ses recommandations.</p>")]


def test_structure_becomes_headings_lists_quotes_images_tables_and_videos():
    html = (
        "<h1>Titre</h1><h3>Sous-titre</h3><h6>Détail</h6>"
        "<p>Intro</p><ul><li>un<ul><li>deux</li></ul></li></ul><ol><li>trois</li></ol>"
        "<blockquote><p>Une citation.</p><footer>— La présidente</footer></blockquote>"
        '<figure><img src="/files/photo.jpg" alt="Une photo"><figcaption>Légende</figcaption></figure>'
        "<table><caption>Chiffres</caption><tr><th>Année</th><th>Plaintes</th></tr>"
        '<tr><td colspan="2">2016</td></tr></table>'
        '<iframe src="https://www.youtube-nocookie.com/embed/abc_DEF-123" title="Entretien"></iframe>'
        '<iframe src="https://tracker.example.org/frame"></iframe>'
    )
    body = convert(html)
    assert body.blocks == [
        ("heading", {"text": "Titre", "level": "h2"}),
        ("heading", {"text": "Sous-titre", "level": "h3"}),
        ("heading", {"text": "Détail", "level": "h4"}),
        ("paragraph", "<p>Intro</p><ul><li>un<ul><li>deux</li></ul></li></ul><ol><li>trois</li></ol>"),
        ("quote", {"text": "Une citation.", "attribution": "La présidente"}),
        ("image", {"image": 7, "alt_text": "Une photo", "decorative": False, "caption": "Légende", "credit": ""}),
        (
            "table",
            {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Chiffres",
                "data": [["Année", "Plaintes"], ["2016", ""]],
            },
        ),
        ("video", {"title": "Entretien", "video": "https://www.youtube.com/watch?v=abc_DEF-123", "transcript": ""}),
    ]
    assert body.warnings == ["embedded frame dropped (unknown provider): https://tracker.example.org/frame"]
    assert {name for name, _value in body.blocks} <= {"heading", "paragraph", "quote", "image", "table", "video"}


def test_nested_and_layout_tables():
    html = (
        "<table><tr><td><p>Mise en page d’une seule cellule</p></td></tr></table>"
        "<table><tr><td><table><tr><td>A</td><td>B</td></tr></table></td><td>C</td></tr>"
        "<tr><td>D</td><td>E</td></tr></table>"
    )
    body = convert(html)
    assert body.blocks[0] == ("paragraph", "<p>Mise en page d’une seule cellule</p>")
    assert body.blocks[1][0] == "table"
    assert body.blocks[1][1]["data"] == [["A B", "C"], ["D", "E"]]
    assert body.blocks[1][1]["first_row_is_table_header"] is False


def test_images_inside_paragraphs_become_image_blocks_after_the_text():
    body = convert('<p>Avant <img src="/files/photo.jpg"> après</p><p><img src="/files/absent.jpg" alt="x"></p>')
    assert body.blocks[0] == ("paragraph", "<p>Avant after</p>".replace("after", "après"))
    assert body.blocks[1] == (
        "image",
        {"image": 7, "alt_text": "", "decorative": False, "caption": "", "credit": ""},
    )
    assert body.warnings == ["image without alt text: /files/photo.jpg", "image not found: /files/absent.jpg"]


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ('<p>Le texte s’arrête au milieu d’un lien <a href="/fr/node', "ends inside a tag"),
        ("<p>Tronqué <stro", "ends inside a tag"),
        ("<script>seulement du code</script><style>p{}</style>", None),
    ],
)
def test_broken_html_is_refused(html, reason):
    if reason is None:
        assert convert(html).blocks == []  # nothing readable was there: an empty body, not an error
    else:
        with pytest.raises(BrokenHtml, match=reason):
            convert(html)


def test_sanitiser_keeps_only_listed_tags_and_attributes():
    cleaned = sanitise('<div class="x" id="y"><a href="/a" target="_blank" title="t">a</a><embed src="x"></div>')
    assert cleaned == '<div><a href="/a" title="t">a</a></div>'
