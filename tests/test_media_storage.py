"""Media in S3-compatible object storage (django-storages), against moto's standalone S3 server on
127.0.0.1 (from PyPI: nothing else S3-compatible runs here). Documents leave through Wagtail's serve
view as signed redirects with their type, size and disposition; renditions are public."""

import shutil
import subprocess
import sys
import urllib.request
import uuid

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import make_image, pdf_bytes
from tests.local_servers import free_port, wait_for_port
from tests.task_support import ROOT

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def s3_server(tmp_path_factory):
    """moto_server in its own process; every test gets its own bucket."""
    port = free_port()
    log = open(tmp_path_factory.mktemp("moto") / "moto.log", "wb")  # noqa: SIM115
    command = shutil.which("moto_server", path=str(ROOT / ".venv" / "bin")) or shutil.which("moto_server")
    args = [command] if command else [sys.executable, "-m", "moto.server"]
    process = subprocess.Popen([*args, "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, process=process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture
def s3_media(s3_server):
    import boto3

    bucket = f"site-{uuid.uuid4().hex[:12]}"
    credentials = {"aws_access_key_id": "test", "aws_secret_access_key": "test", "region_name": "us-east-1"}
    client = boto3.client("s3", endpoint_url=s3_server, **credentials)
    client.create_bucket(Bucket=bucket)
    common = {
        "bucket_name": bucket,
        "endpoint_url": s3_server,
        "access_key": "test",
        "secret_key": "test",
        "region_name": "us-east-1",
        "file_overwrite": False,
    }
    config = {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**common, "querystring_auth": True, "querystring_expire": 60},
        },
        "public_media": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**common, "location": "public", "querystring_auth": False, "default_acl": "public-read"},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=config, WAGTAILIMAGES_RENDITION_STORAGE="public_media"):
        # Wagtail reads WAGTAILIMAGES_RENDITION_STORAGE once, when the model is defined (at start-up in production).
        rendition_file = get_image_model().get_rendition_model()._meta.get_field("file")
        storage_before = rendition_file.storage
        rendition_file.storage = storages["public_media"]
        try:
            yield {"client": client, "bucket": bucket}
        finally:
            rendition_file.storage = storage_before


def fetch(url, method="GET"):
    with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=10) as response:  # noqa: S310
        return response.status, response.headers, response.read()


def upload_document(title, filename, content, **fields):
    document = get_document_model()(title=title, **fields)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def test_document_is_stored_in_the_bucket_and_served_by_signed_redirect_with_type_size_and_disposition(
    client, s3_media
):
    content = pdf_bytes("Rapport annuel")
    document = upload_document("Rapport", "rapport-annuel.pdf", content)
    stored = s3_media["client"].head_object(Bucket=s3_media["bucket"], Key=document.file.name)
    assert stored["ContentLength"] == len(content)

    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith(storages["default"].endpoint_url)
    assert "Signature=" in response["Location"] or "X-Amz-Signature=" in response["Location"]
    assert "no-store" in response["Cache-Control"]

    status, headers, body = fetch(response["Location"])
    assert (status, body) == (200, content)
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Length"] == str(len(content))
    assert headers["Content-Disposition"] == "inline"


def test_office_document_is_downloaded_as_an_attachment_with_its_name(client, s3_media):
    document = upload_document("Tableau", "visites-2024.xlsx", b"PK\x03\x04 feuille")
    location = client.get(document.url)["Location"]
    _status, headers, _body = fetch(location)
    assert headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert headers["Content-Disposition"] == document.content_disposition
    assert "attachment; filename=visites-2024.xlsx" in headers["Content-Disposition"]


def test_unsigned_object_url_is_refused(s3_media, client):
    document = upload_document("Rapport", "prive.pdf", pdf_bytes("Confidentiel"))
    signed = client.get(document.url)["Location"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(signed.split("?")[0])
    assert refused.value.code == 403


def test_private_collection_document_is_not_redirected_to_storage(client, s3_media):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Interne")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    document = upload_document("Note interne", "note.pdf", pdf_bytes("Interne"), collection=private)
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"] or "login" in response["Location"]
    assert storages["default"].endpoint_url not in response["Location"]


def test_image_rendition_is_public_and_readable_without_signature(s3_media):
    image = make_image("Visite")
    assert image.file.name.startswith("original_images/")
    rendition = image.get_rendition("fill-32x24")
    assert "/public/images/" in rendition.url and "Signature" not in rendition.url
    status, headers, body = fetch(rendition.url)
    assert status == 200 and headers["Content-Type"].startswith("image/") and body


def test_deleting_a_document_removes_its_object(s3_media, django_capture_on_commit_callbacks):
    document = upload_document("Brouillon", "brouillon.pdf", pdf_bytes("Brouillon"))
    key = document.file.name
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()  # Wagtail deletes the file through a task once the deletion commits
    listed = s3_media["client"].list_objects_v2(Bucket=s3_media["bucket"]).get("Contents", [])
    assert key not in [item["Key"] for item in listed]


def test_filesystem_document_is_served_by_wagtail_with_type_size_and_disposition(client):
    content = pdf_bytes("Rapport annuel")
    document = upload_document("Rapport", "rapport-fs.pdf", content)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(len(content))
    assert response["Content-Disposition"].startswith("inline")
