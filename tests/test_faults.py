"""Faults survived: the database or Redis goes away while the site runs, then comes back.

The database test starts its own PostgreSQL 15 (initdb, then the server as the postgres
user, on 127.0.0.1:8110) and serves the site from gunicorn (127.0.0.1:8111); both stop
by themselves after a few minutes whatever happens to the test. The Redis test starts
its own redis-server on 127.0.0.1:8112.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from newsletter.models import Subscriber

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
PG_PORT, SITE_PORT, REDIS_PORT = 8110, 8111, 8112
LIFETIME = "600"  # seconds: every server started here is killed by `timeout` at the latest then


def _as_postgres(*command, **kwargs):
    return ["runuser", "-u", "postgres", "--", *command]


class OwnPostgres:
    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="site-faults-pg-", dir="/tmp"))
        self.root.chmod(0o755)
        self.data = self.root / "data"
        self.process = None

    def init(self):
        shutil.chown(self.root, "postgres")
        subprocess.run(
            _as_postgres(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync"),
            check=True,
            capture_output=True,
        )

    def start(self):
        command = [
            "timeout",
            LIFETIME,
            str(PG_BIN / "postgres"),
            "-D",
            str(self.data),
            "-p",
            str(PG_PORT),
            "-k",
            str(self.root),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
        ]
        self.process = subprocess.Popen(_as_postgres(*command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            ready = subprocess.run(
                [str(PG_BIN / "pg_isready"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-q"], check=False
            )
            if ready.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("the test's PostgreSQL did not start")

    def stop(self):
        """Fast shutdown of the postmaster (SIGINT, by the pid it wrote), as when the server goes away."""
        pid_file = self.data / "postmaster.pid"
        if pid_file.exists():
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGINT)
        if self.process is not None:
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)


def _get(path):
    request = urllib.request.Request(f"http://127.0.0.1:{SITE_PORT}{path}", headers={"Accept-Language": "fr"})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture(scope="module")
def site_on_own_postgres():
    if not (PG_BIN / "initdb").exists() or shutil.which("runuser") is None:
        pytest.skip(f"needs PostgreSQL's server programs in {PG_BIN} (Debian's postgresql-15) and runuser")
    database = OwnPostgres()
    server = None
    try:
        database.init()
        database.start()
        subprocess.run(
            _as_postgres(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "site"),
            check=True,
            capture_output=True,
        )
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "site_project.settings.test",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/site",
            "DB_CONNECT_TIMEOUT": "2",
        }
        env.pop("REDIS_URL", None)
        manage = [sys.executable, "manage.py"]
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
        subprocess.run(
            [*manage, "shell", "-c", "from home.site_setup import ensure_site; ensure_site()"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        gunicorn = [str(Path(sys.executable).parent / "gunicorn"), "site_project.wsgi", "-w", "1"]
        server = subprocess.Popen(
            ["timeout", LIFETIME, *gunicorn, "-b", f"127.0.0.1:{SITE_PORT}", "--timeout", "30"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                _get("/robots.txt")
                break
            except OSError:
                time.sleep(0.2)
        yield database
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        database.stop()
        database.remove()


def test_database_down_gives_a_bilingual_503_and_the_site_recovers_without_restart(site_on_own_postgres):
    assert _get("/fr/")[0] == 200
    site_on_own_postgres.stop()
    for path in ("/fr/", "/ar/", "/fr/actualites/?page=2", "/fr/recherche/?q=droits"):
        status, headers, html = _get(path)
        assert status == 503, path
        assert headers["Retry-After"] == "60"
        assert "no-store" in headers["Cache-Control"]
        assert "Service momentanément indisponible" in html
        assert "الخدمة غير متاحة مؤقتاً" in html
        assert "Traceback" not in html and "OperationalError" not in html and "postgres" not in html.lower()
    site_on_own_postgres.start()
    statuses = []
    for _ in range(20):
        statuses.append(_get("/fr/")[0])
        if statuses[-1] == 200:
            break
        time.sleep(0.5)
    assert statuses[-1] == 200, statuses
    assert _get("/ar/")[0] == 200


# Redis: a real server, stopped and started again under the running site.


@pytest.fixture
def own_redis(settings):
    if shutil.which("redis-server") is None:
        pytest.skip("needs redis-server (Debian's redis-server)")
    command = ["timeout", LIFETIME, "redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1"]
    command += ["--save", "", "--appendonly", "no"]

    class Server:
        process = None

        def start(self):
            self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(100):
                if subprocess.run(["redis-cli", "-p", str(REDIS_PORT), "ping"], capture_output=True).returncode == 0:
                    return
                time.sleep(0.05)

        def stop(self):
            self.process.terminate()
            self.process.wait(timeout=10)

    server = Server()
    server.start()
    location = {"LOCATION": f"redis://127.0.0.1:{REDIS_PORT}/0", "OPTIONS": {"socket_connect_timeout": 1}}
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.ResilientRedisCache", **location},
        "limits": {"BACKEND": "django.core.cache.backends.redis.RedisCache", **location},
    }
    yield server
    if server.process.poll() is None:
        server.stop()


def _sign_up(client, email):
    return client.post("/fr/bulletin/", {"email": email, "language": "fr", "website": ""}, REMOTE_ADDR="203.0.113.7")


@pytest.mark.django_db
def test_redis_down_pages_are_served_and_sign_ups_refused_with_a_message(client, site_tree, own_redis, monkeypatch):
    from core import cache as resilient

    monkeypatch.setattr(resilient, "RETRY_AFTER", 0)
    assert client.get("/fr/").status_code == 200
    assert _sign_up(client, "avant@exemple.ma").status_code == 302

    own_redis.stop()
    for path in ("/fr/", "/ar/", "/fr/bulletin/"):
        assert client.get(path).status_code == 200, path
    refused = _sign_up(client, "pendant@exemple.ma")
    assert refused.status_code == 503
    assert "L’inscription est momentanément indisponible" in refused.content.decode()
    assert 'value="pendant@exemple.ma"' in refused.content.decode()
    assert not Subscriber.objects.filter(email="pendant@exemple.ma").exists()

    own_redis.start()
    assert _sign_up(client, "apres@exemple.ma").status_code == 302
    assert Subscriber.objects.filter(email="apres@exemple.ma").exists()


@pytest.mark.django_db
def test_the_error_handler_answers_503_for_a_database_error_and_500_otherwise(rf, settings):
    from django.db import OperationalError

    from core.views import server_error

    request = rf.get("/ar/actualites/")
    try:
        raise OperationalError('connection to server at "db" failed: Connection refused')
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert "Connection refused" not in response.content.decode()
    try:
        raise ValueError("a bug")
    except ValueError:
        assert server_error(request).status_code == 500
