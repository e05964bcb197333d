"""Machine translation through a LibreTranslate server on 127.0.0.1: it fills the gaps, and a failure loses nothing."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.operations import translate_object

from core.models import TaskFailure
from editorial.machine_translation import machine_translate as machine_translate_task
from tests.factories import standard_page
from tests.task_support import make_deferred_tasks_due, run_worker_in_process
from tests.translation_support import translation_of

pytestmark = pytest.mark.django_db


class LibreTranslateHandler(BaseHTTPRequestHandler):
    """Speaks LibreTranslate's POST /translate: {"q": [...], "source", "target"} -> {"translatedText": [...]}."""

    mode = "ok"

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.path != "/translate" or body.get("source") != "fr" or body.get("target") != "ar":
            self.send_response(400)
            self.end_headers()
            return
        if self.server.mode == "slow":
            time.sleep(1.5)
        if self.server.mode == "error":
            self.send_response(500)
            self.end_headers()
            return
        answer = {"translatedText": [f"[ar] {text}" for text in body["q"]]}
        if self.server.mode == "garbled":
            answer = {"error": "quota"}
        payload = json.dumps(answer).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting ("slow")

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), LibreTranslateHandler)
    server.mode = "ok"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.machine_translation.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": f"http://127.0.0.1:{server.server_port}", "API_KEY": "", "TIMEOUT": 0.5},
    }
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def translation(site_tree, locales):
    page = standard_page(site_tree["fr"], "Mandat", slug="mandat", summary="Le mandat du Conseil.")
    translate_object(page, [locales["ar"]])
    return translation_of(page, locales["ar"])


def segment_text(translation, french):
    segment = StringSegment.objects.get(source=translation.source, string__data=french)
    found = StringTranslation.objects.filter(
        translation_of=segment.string, context=segment.context, locale=translation.target_locale
    ).first()
    return found.data if found else None


def machine_translate(client, user, translation):
    client.force_login(user)
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk]) + "?next=/admin/"
    return client.post(url, follow=True)


def enter_manually(translation, french, arabic):
    segment = StringSegment.objects.get(source=translation.source, string__data=french)
    StringTranslation.objects.create(
        translation_of=segment.string,
        context=segment.context,
        locale=translation.target_locale,
        data=arabic,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )


def test_libretranslate_fills_untranslated_segments_and_keeps_manual_ones(
    client, role_users, libretranslate, translation
):
    enter_manually(translation, "Mandat", "الاختصاصات")
    response = machine_translate(client, role_users["translator"], translation)
    assert response.status_code == 200
    assert segment_text(translation, "Le mandat du Conseil.") == "[ar] Le mandat du Conseil."
    assert segment_text(translation, "Mandat") == "الاختصاصات"


@pytest.mark.parametrize("failure", ["down", "error", "garbled", "slow"])
def test_failing_libretranslate_gives_a_message_and_loses_no_segment(
    client, role_users, libretranslate, translation, failure
):
    enter_manually(translation, "Mandat", "الاختصاصات")
    if failure == "down":
        libretranslate.shutdown()
        libretranslate.server_close()
    else:
        libretranslate.mode = failure
    response = machine_translate(client, role_users["translator"], translation)
    assert response.status_code == 200
    assert "Le service de traduction automatique (LibreTranslate)" in response.content.decode()
    assert segment_text(translation, "Mandat") == "الاختصاصات"
    assert segment_text(translation, "Le mandat du Conseil.") is None


def test_without_configuration_there_is_no_machine_translation(client, role_users, translation, settings):
    # Production and test settings have none unless MACHINE_TRANSLATOR is set; only dev uses the dummy translator.
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    assert get_machine_translator() is None
    client.force_login(role_users["translator"])
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url, follow=True).status_code == 404


def test_with_a_task_worker_machine_translation_returns_at_once_and_the_worker_fills_the_segments(
    client, role_users, libretranslate, translation, database_tasks
):
    response = machine_translate(client, role_users["translator"], translation)
    assert "Traduction automatique lancée" in response.content.decode()
    assert segment_text(translation, "Le mandat du Conseil.") is None
    run_worker_in_process()
    assert segment_text(translation, "Le mandat du Conseil.") == "[ar] Le mandat du Conseil."


def test_with_a_task_worker_a_failing_service_is_retried_later_and_loses_no_segment(
    client, role_users, libretranslate, translation, database_tasks
):
    enter_manually(translation, "Mandat", "الاختصاصات")
    libretranslate.mode = "error"
    machine_translate(client, role_users["translator"], translation)
    run_worker_in_process()
    failure = TaskFailure.objects.get(task_path=machine_translate_task.module_path)
    assert failure.state == TaskFailure.State.RETRYING and failure.exception_class.endswith("MachineTranslationError")
    assert segment_text(translation, "Mandat") == "الاختصاصات"

    libretranslate.mode = "ok"
    make_deferred_tasks_due()
    run_worker_in_process()
    assert segment_text(translation, "Le mandat du Conseil.") == "[ar] Le mandat du Conseil."
    assert segment_text(translation, "Mandat") == "الاختصاصات"
    failure.refresh_from_db()
    assert failure.state == TaskFailure.State.RESOLVED
