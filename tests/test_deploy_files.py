"""deploy/ and the documentation stay true: the image runs the documented commands, every variable the
settings read is documented, nginx and Varnish accept their configurations, migrations can be undone."""

import importlib
import os
import re
import runpy
import shutil
import string
import subprocess
import sys

import pytest
from django.apps import apps
from django.db import migrations

from tests.task_support import ROOT

DEPLOYMENT = (ROOT / "docs" / "deployment.md").read_text()
PROJECT_APPS = ["core", "home", "news", "search", "newsletter"]


def needs(program):
    path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/sbin")
    if path is None:
        message = f"{program} is not installed (apt-get install {program}); .ci/run installs it"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


def test_the_image_runs_the_documented_install_commands():
    dockerfile = (ROOT / "Dockerfile").read_text()
    commands = re.findall(r"^RUN (.+)$", dockerfile, flags=re.MULTILINE)
    install = DEPLOYMENT.split("## Installing a release", 1)[1].split("##", 1)[0]
    steps = [command for command in commands if "useradd" not in command]
    assert len(steps) == 4
    for command in steps:
        assert command in install, f"Dockerfile step missing from docs/deployment.md: {command}"


def test_every_variable_the_settings_read_is_documented():
    sources = [ROOT / "site_project" / "settings" / name for name in ("base.py", "production.py")]
    sources += [ROOT / "deploy" / "gunicorn.conf.py", ROOT / "deploy" / "serve.py"]
    pattern = re.compile(r'(?:environ\.get|env_list|env_int|env_flag|_int)\("([A-Z][A-Z0-9_]+)"')
    names = {name for source in sources for name in pattern.findall(source.read_text())}
    assert {"TASK_BACKEND", "S3_BUCKET", "GUNICORN_WORKERS"} <= names
    table = DEPLOYMENT.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    missing = sorted(name for name in names if f"`{name}`" not in table)
    assert missing == []


def test_gunicorn_takes_its_workers_and_timeouts_from_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    monkeypatch.setenv("GUNICORN_TIMEOUT", "45")
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8131")
    config = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    assert (config["workers"], config["timeout"], config["bind"]) == (3, 45, "127.0.0.1:8131")
    monkeypatch.delenv("GUNICORN_WORKERS")
    assert runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))["workers"] == 2 * os.cpu_count() + 1


def test_only_sync_workers_are_recycled_by_default(monkeypatch):
    monkeypatch.delenv("GUNICORN_MAX_REQUESTS", raising=False)
    monkeypatch.setenv("GUNICORN_THREADS", "1")
    assert runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))["max_requests"] == 1000
    # A retiring threaded worker drops connections it accepted (tests/test_two_app_servers.py).
    monkeypatch.setenv("GUNICORN_THREADS", "4")
    assert runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))["max_requests"] == 0
    monkeypatch.setenv("GUNICORN_MAX_REQUESTS", "500")
    assert runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))["max_requests"] == 500


def render_nginx(tmp_path, app_ports, listen, media_root, static_root=ROOT / "staticfiles"):
    template = string.Template((ROOT / "deploy" / "nginx" / "site.conf.template").read_text())
    site = template.safe_substitute(
        APP_SERVERS=" ".join(f"server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in app_ports),
        LISTEN=f"127.0.0.1:{listen}",
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(media_root),
    )
    (tmp_path / "site.conf").write_text(site)
    temp = tmp_path / "nginx-temp"
    temp.mkdir(exist_ok=True)
    # As root, nginx's workers would run as nobody and could not read the test's private directories.
    user = "user root;" if os.geteuid() == 0 else ""
    main = f"""
{user}
daemon off;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log {tmp_path}/nginx-access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {tmp_path}/site.conf;
}}
"""
    path = tmp_path / "nginx.conf"
    path.write_text(main)
    return path


def test_nginx_accepts_the_site_configuration(tmp_path):
    nginx = needs("nginx")
    config = render_nginx(tmp_path, [8131, 8132], 8133, tmp_path / "media")
    result = subprocess.run([nginx, "-t", "-c", str(config)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_varnish_compiles_the_configuration(tmp_path):
    varnishd = needs("varnishd")
    result = subprocess.run(
        [varnishd, "-C", "-f", str(ROOT / "deploy/varnish/default.vcl"), "-p", f"vcl_path={ROOT / 'deploy/varnish'}"]
        + ["-n", str(tmp_path / "varnish")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.mark.parametrize("app_label", PROJECT_APPS)
def test_migrations_can_be_undone(app_label):
    """A release can be rolled back with `migrate APP NUMBER`: no data migration without its reverse."""
    if app_label not in {config.label for config in apps.get_app_configs()}:
        pytest.skip(f"{app_label} is not installed")
    irreversible = []
    for path in sorted((ROOT / app_label / "migrations").glob("[0-9]*.py")):
        migration = importlib.import_module(f"{app_label}.migrations.{path.stem}").Migration
        for operation in migration.operations:
            if not operation.reversible:
                irreversible.append(f"{path.stem}: {operation.describe()}")
            if isinstance(operation, migrations.RunPython) and operation.reverse_code is None:
                irreversible.append(f"{path.stem}: RunPython without reverse_code")
    assert irreversible == []


def test_make_serve_says_what_it_needs():
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    result = subprocess.run([sys.executable, "deploy/serve.py"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "make serve needs DATABASE_URL and REDIS_URL" in result.stderr


def test_check_deploy_finds_no_error_with_the_production_environment():
    # Only what a deployment sets: nothing a test run put in this process's environment.
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SECURE_"))}
    env = {
        **clean,
        "DJANGO_SETTINGS_MODULE": "site_project.settings.production",
        "SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
        "ALLOWED_HOSTS": "www.example.org",
        "DATABASE_URL": "postgres://site@127.0.0.1:5432/site",
        "REDIS_URL": "redis://127.0.0.1:6379/13",
        "BASE_URL": "https://www.example.org",
        "TASK_BACKEND": "database",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "ERROR"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
