"""PO export and import through the translation editor's download and upload views."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from news.models import ArticlePage
from tests.translation_support import translate_through_admin, translation_of

pytestmark = pytest.mark.django_db


def test_po_file_round_trip_translates_every_segment_tables_included(client, role_users, french_article, locales):
    translate_through_admin(client, role_users["communication"], french_article, locales["ar"])
    translation = translation_of(french_article, locales["ar"])

    client.force_login(role_users["translator"])
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    msgids = {entry.msgid for entry in po}
    assert {"Plaintes reçues", "Année", "3 480", "Bilan annuel"} <= msgids
    for entry in po:
        entry.msgstr = {"Plaintes reçues": "الشكايات المتلقاة", "Bilan annuel": "الحصيلة السنوية"}.get(
            entry.msgid, "نص عربي"
        )

    upload = SimpleUploadedFile("ar.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    total, done = translation.get_progress()
    assert total == done > 0

    translation.save_target(user=role_users["translator"], publish=False)
    draft = ArticlePage.objects.get(translation_key=french_article.translation_key, locale=locales["ar"])
    draft = draft.get_latest_revision_as_object()
    assert draft.title == "الحصيلة السنوية"
    table = next(block.value for block in draft.body if block.block_type == "table")
    assert table["table_caption"] == "الشكايات المتلقاة"
    assert not draft.live


def test_communication_cannot_upload_arabic_po_files(client, role_users, french_article, locales):
    translate_through_admin(client, role_users["communication"], french_article, locales["ar"])
    translation = translation_of(french_article, locales["ar"])
    client.force_login(role_users["translator"])
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode())
    for entry in po:
        entry.msgstr = "نص عربي"
    # A complete, valid file: the same one gives the translator 100 %.
    client.force_login(role_users["communication"])
    upload = SimpleUploadedFile("ar.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    # Wagtail's refusal: back to the dashboard with a message.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    total, done = translation.get_progress()
    assert total > 0 and done == 0
    client.force_login(role_users["translator"])
    upload = SimpleUploadedFile("ar.po", str(po).encode(), content_type="text/x-gettext-translation")
    client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert translation.get_progress() == (total, total)
