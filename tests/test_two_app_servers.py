"""Two app servers on one machine, as production runs them: gunicorn twice (production settings,
deploy/gunicorn.conf.py) sharing one PostgreSQL database, one Redis cache and one media directory,
nginx in front of them (deploy/nginx), Varnish in front of nginx (deploy/varnish), and a task worker.

Needs PostgreSQL, Redis, nginx and Varnish (.ci/run installs them); skipped elsewhere unless CI.
"""

import http.cookiejar
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from search.models import SearchEntry
from tests.factories import article, bilingual_indexes, pdf_bytes
from tests.local_servers import free_port, wait_for_port
from tests.task_support import ROOT, database_url, start_process, stop_process, wait_for
from tests.test_deploy_files import needs, render_nginx

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.deployment,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REDIS_URL = os.environ.get("TWO_SERVERS_REDIS_URL", "redis://127.0.0.1:6379/13")
PASSWORD = "deux-serveurs-" + uuid.uuid4().hex


def totp_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


class Browser:
    """Cookies, CSRF tokens and forms over plain HTTP, against one address."""

    def __init__(self, base_url, host=None):
        self.base_url = base_url
        self.host = host
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def request(self, path, data=None, headers=None, method=None):
        headers = {"User-Agent": "two-app-servers-test", **(headers or {})}
        if self.host:
            headers["Host"] = self.host
        request = urllib.request.Request(self.base_url + path, data=data, headers=headers, method=method)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def text(self, path, **kwargs):
        status, headers, body = self.request(path, **kwargs)
        return status, headers, body.decode("utf-8", "replace")

    def csrf(self, path):
        status, _headers, body = self.text(path)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        assert found, f"{path} answered {status} without a form: {body[:1000]}"
        return found.group(1)

    def post(self, path, fields, files=None):
        token = self.csrf(path)
        boundary = uuid.uuid4().hex
        out = io.BytesIO()
        for name, value in {"csrfmiddlewaretoken": token, **fields}.items():
            out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        for name, (filename, content, content_type) in (files or {}).items():
            out.write(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n".encode()
                + content
                + b"\r\n"
            )
        out.write(f"--{boundary}--\r\n".encode())
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}", "Referer": self.base_url + path}
        return self.text(path, data=out.getvalue(), headers=headers)

    def log_in(self, username, otp_token):
        self.post("/admin/login/", {"username": username, "password": PASSWORD, "otp_token": otp_token})
        status, _headers, body = self.text("/admin/")
        assert status == 200 and 'name="password"' not in body, body[:500]
        assert 'name="otp_token"' not in body, "sent to the second-factor set-up instead of the dashboard"


@pytest.fixture
def stack(request, on_postgres, site_tree, tmp_path):
    """Starts everything on ports of 8130-8199 and stops it all, whatever the test did.

    A test may pass more environment for the app servers as the fixture's parameter.
    """
    nginx, varnishd = needs("nginx"), needs("varnishd")
    ports = {}
    for name in ("app_a", "app_b", "nginx", "varnish"):
        ports[name] = free_port(exclude=set(ports.values()))
    media, static = tmp_path / "media", tmp_path / "static"
    media.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_project.settings.production",
        "SECRET_KEY": "two-app-servers-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(),
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"two-servers-{uuid.uuid4().hex[:8]}",
        "BASE_URL": "http://localhost",
        "HTTPS": "false",
        "TASK_BACKEND": "database",
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{ports['varnish']}",
        "MEDIA_ROOT": str(media),
        "STATIC_ROOT": str(static),
        "GUNICORN_WORKERS": "1",
        "GUNICORN_THREADS": "4",
        "GUNICORN_ACCESS_LOG": "",
        **getattr(request, "param", {}),
    }
    processes = []

    def start(name, args, **extra):
        process = start_process(args, {**env, **extra}, tmp_path / f"{name}.log")
        processes.append(process)
        return process

    # Static files are collected while the worker, nginx and Varnish start; gunicorn reads the manifest at start.
    build = {**env, "DJANGO_SETTINGS_MODULE": "site_project.settings.build"}
    collect = subprocess.Popen([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=build)
    started = {"worker": start("worker", [sys.executable, "manage.py", "run_task_worker"])}
    nginx_conf = render_nginx(tmp_path, [ports["app_a"], ports["app_b"]], ports["nginx"], media, static)
    started["nginx"] = start("nginx", [nginx, "-c", str(nginx_conf)])
    (tmp_path / "varnish-vcl").mkdir()
    (tmp_path / "varnish-vcl" / "backend.vcl").write_text(
        (ROOT / "deploy/varnish/backend.vcl").read_text().replace('"8080"', f'"{ports["nginx"]}"')
    )
    varnish_args = ["-F", "-j", "none", "-a", f"127.0.0.1:{ports['varnish']}", "-n", str(tmp_path / "varnish")]
    varnish_args += ["-f", str(ROOT / "deploy/varnish/default.vcl"), "-s", "malloc,32m"]
    varnish_args += ["-p", f"vcl_path={tmp_path / 'varnish-vcl'}:{ROOT / 'deploy/varnish'}"]
    started["varnish"] = start("varnish", [varnishd, *varnish_args])
    assert collect.wait(timeout=120) == 0
    gunicorn = [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "site_project.wsgi"]
    for name in ("app_a", "app_b"):
        started[name] = start(name, gunicorn, GUNICORN_BIND=f"127.0.0.1:{ports[name]}")
    try:
        for name in ("app_a", "app_b", "nginx", "varnish"):
            try:
                wait_for_port(ports[name], timeout=60, process=started[name])
            except (RuntimeError, TimeoutError) as error:
                log = (tmp_path / f"{name}.log").read_text(errors="replace")[-3000:]
                raise AssertionError(f"{error}\n{log}") from error
        yield {"ports": ports, "processes": started, "env": env, "media": media, "logs": tmp_path}
    finally:
        for process in reversed(processes):
            stop_process(process)


def varnish_purges(stack):
    """Purges Varnish accepted: deploy/varnish/default.vcl turns each into a ban (a path with any query)."""
    varnishstat = shutil.which("varnishstat") or "/usr/bin/varnishstat"
    result = subprocess.run(
        [varnishstat, "-1", "-n", str(stack["logs"] / "varnish"), "-f", "MAIN.bans_added"],
        capture_output=True,
        text=True,
    )
    found = re.search(r"MAIN\.bans_added\s+(\d+)", result.stdout)
    return int(found.group(1)) if found else 0


def url(stack, name):
    return f"http://127.0.0.1:{stack['ports'][name]}"


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def test_two_app_servers_share_pages_media_tasks_and_survive_losing_one(site_tree, stack):
    # The servers verify with production's hasher (PBKDF2), at the few iterations written in the hash.
    password = PBKDF2PasswordHasher().encode(PASSWORD, "deuxserveurs", iterations=1000)
    user = get_user_model().objects.create(username="deployeur", password=password, is_staff=True, is_superuser=True)
    # Production requires a second factor of administrators: the editor signs in with an app's code.
    device = TOTPDevice.objects.create(user=user, name="téléphone", confirmed=True)
    tree = bilingual_indexes(site_tree)
    page = article(tree["fr"]["news"], "Visite de Tanger", slug="visite-tanger")
    path = "/fr/actualites/visite-tanger/"
    editor_on_a = Browser(url(stack, "app_a"))
    editor_on_a.log_in("deployeur", totp_code(device))
    reader_via_b = Browser(url(stack, "app_b"), host="localhost")
    reader_via_cache = Browser(url(stack, "varnish"), host="localhost")

    assert "Visite de Tanger" in reader_via_cache.text(path)[2]
    # B keeps the page in its own memory, besides Redis.
    reader_via_b.text(path)
    assert reader_via_b.text(path)[1]["X-Page-Cache"] == "hit"

    # Published through server A: fresh through B at once, and through Varnish once the worker purged it.
    page.title = "Visite de Tanger et de Tétouan"
    page.save_revision()
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/"
    status, _headers, _body = editor_on_a.post(publish, {})
    assert status == 200
    assert "Tétouan" in reader_via_b.text(path)[2]
    # The worker purged the page's URLs (both languages, its listing, home, sitemap) from Varnish.
    wait_for(lambda: varnish_purges(stack) >= 5, timeout=20, message="the purge by the worker")
    assert "Tétouan" in reader_via_cache.text(path)[2]
    # The same worker indexed the page for the search served by either server.
    wait_for(lambda: SearchEntry.objects.filter(page=page, title__contains="Tétouan").exists(), timeout=20)
    assert 'href="/fr/actualites/visite-tanger/"' in reader_via_b.text("/fr/recherche/?q=tetouan")[2]

    # Media uploaded through A is served by B (documents) and by nginx from the shared directory (images).
    pdf = pdf_bytes("Rapport partage")
    status, _headers, body = editor_on_a.post(
        "/admin/documents/add/",
        {"title": "Rapport partagé", "collection": "1"},
        {"file": ("rapport-partage.pdf", pdf, "application/pdf")},
    )
    assert status == 200, body[:300]
    document = get_document_model().objects.get(title="Rapport partagé")
    status, headers, served = reader_via_b.request(document.url)
    assert (status, served, headers["Content-Type"]) == (200, pdf, "application/pdf")
    status, _headers, body = editor_on_a.post(
        "/admin/images/add/",
        {"title": "Photo partagée", "collection": "1"},
        {"file": ("photo.png", png_bytes(), "image/png")},
    )
    assert status == 200, body[:300]
    image = get_image_model().objects.get(title="Photo partagée")
    status, headers, served = Browser(url(stack, "nginx")).request(image.file.url)
    assert (status, headers["Content-Type"], served[:4]) == (200, "image/png", b"\x89PNG")

    # An upgrade on the running site: migrations undone and applied again while readers keep reading.
    failures = []
    stop = threading.Event()

    def keep_reading():
        reader = Browser(url(stack, "nginx"), host="localhost")
        while not stop.is_set():
            status = reader.request("/fr/")[0]
            if status != 200:
                failures.append(status)

    reading = threading.Thread(target=keep_reading, daemon=True)
    reading.start()
    manage = [sys.executable, "manage.py"]
    upgrade = "from django.core.management import call_command as c; c('migrate', 'core', 'zero'); c('migrate', 'core')"
    subprocess.run(manage + ["shell", "-c", upgrade], cwd=ROOT, env=stack["env"], check=True, capture_output=True)
    stop.set()
    reading.join(timeout=30)
    assert failures == []
    smoke = subprocess.run(
        [sys.executable, "deploy/smoke_test.py", url(stack, "varnish")], cwd=ROOT, capture_output=True, text=True
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr

    # Server A dies: nginx retries every request on B, none is lost.
    os.killpg(stack["processes"]["app_a"].pid, signal.SIGKILL)
    stack["processes"]["app_a"].wait(timeout=10)
    reader_via_nginx = Browser(url(stack, "nginx"), host="localhost")
    statuses = [reader_via_nginx.request(path)[0] for _ in range(20)]
    assert statuses == [200] * 20


# The production default: sync workers (one thread each), replaced every few requests here.
RECYCLING = {"GUNICORN_MAX_REQUESTS": "25", "GUNICORN_MAX_REQUESTS_JITTER": "5", "GUNICORN_THREADS": "1"}


@pytest.mark.parametrize("stack", [RECYCLING], indirect=True)
def test_workers_recycled_under_load_lose_no_request(site_tree, stack):
    """gunicorn replaces a worker after `max_requests`: readers hammering both servers never see an error.

    Threaded workers fail this (a retiring gthread worker resets the connections it accepted but
    had not read: 139 of 400 requests answered 502 here), so deploy/gunicorn.conf.py recycles only
    sync workers unless told otherwise.
    """
    statuses = []

    def read(count):
        reader = Browser(url(stack, "nginx"), host="localhost")
        for number in range(count):
            statuses.append(reader.request("/fr/" if number % 2 else "/ar/")[0])

    readers = [threading.Thread(target=read, args=(100,)) for _ in range(4)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(timeout=120)
    assert len(statuses) == 400
    # Each server's single worker was replaced several times on the way.
    for name in ("app_a", "app_b"):
        log = (stack["logs"] / f"{name}.log").read_text(errors="replace")
        assert log.count("Autorestarting worker") >= 3, log[-1500:]
    errors = [status for status in statuses if status != 200]
    assert errors == [], (stack["logs"] / "nginx-error.log").read_text(errors="replace")[:2500]
