"""The block picker shows each block's preview and description, drawn as readers will see the block."""

import html as html_lib
import re

import pytest
from django.urls import reverse

from core.blocks import BodyBlock
from editorial import roles
from tests.factories import make_document, make_image, make_user, news_index

pytestmark = pytest.mark.django_db

BLOCKS = list(BodyBlock().child_blocks.items())


@pytest.fixture
def editor_client(client, site_tree, local_embeds):
    client.force_login(make_user("redaction", roles.COMMUNICATION))
    return client


def preview(client, block):
    return client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})


@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=[name for name, _block in BLOCKS])
def test_the_preview_of_every_block_renders_with_the_site_stylesheet(editor_client, name, block):
    make_image("Aperçu", 640, 480, name="test.png")
    make_document("Rapport", content=b"%PDF-1.4\n")

    response = preview(editor_client, block)

    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(rf'<div class="article__body">\s*<div class="w-block-{name} block-{name}">\s*<', html)
    assert "/static/css/site.css" in html and '<html lang="fr" dir="ltr">' in html


@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=[name for name, _block in BLOCKS])
def test_a_preview_renders_before_any_image_or_document_is_uploaded(editor_client, name, block):
    assert preview(editor_client, block).status_code == 200


def test_the_block_picker_offers_a_preview_and_a_description_for_every_block(editor_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", news_index(site_tree["fr"]).pk])
    page = html_lib.unescape(editor_client.get(url).content.decode())

    for name, block in BLOCKS:
        assert block.is_previewable, name
        assert f'"blockDefId": "{block.definition_prefix}", "isPreviewable": true' in page, name
        assert str(block.get_description()), name
