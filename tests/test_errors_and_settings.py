import importlib
import os
import subprocess
import sys

import pytest
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings
from django.utils.module_loading import import_string

from core.cache import ResilientRedisCache

pytestmark = pytest.mark.django_db


def test_404_in_french_inside_the_frame(client, site_tree):
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Page introuvable" in html
    assert 'class="site-header"' in html


def test_404_in_arabic_inside_the_frame(client, site_tree):
    response = client.get("/ar/hadhihi-al-safha-ghayr-mawjuda/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "الصفحة غير موجودة" in html
    assert 'href="/ar/"' in html


@override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False)
def test_500_in_the_readers_language(site_tree, rf):
    from django.utils import translation

    from core.views import server_error

    with translation.override("ar"):
        request = rf.get("/ar/")
        response = server_error(request)
    assert response.status_code == 500
    assert "خطأ في الخادم" in response.content.decode()


def test_robots_txt_points_to_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "example.org",
    "DATABASE_URL": "postgres://site@db.example:5432/site",
    "REDIS_URL": "redis://cache.example:6379/0",
    "BASE_URL": "https://www.example.org",
    "TASK_BACKEND": "database",
}


def _production_settings(env, code="import site_project.settings.production"):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and k != "HTTPS"}
    return subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True)


@pytest.mark.parametrize("name", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "BASE_URL"])
def test_production_refuses_to_start_without_each_required_variable(name):
    result = _production_settings({key: value for key, value in PRODUCTION_ENV.items() if key != name})
    assert result.returncode != 0
    last_line = result.stderr.splitlines()[-1]
    assert "need these environment variables: " + name + "." in last_line


def test_production_refuses_sqlite_and_tasks_inside_requests():
    result = _production_settings({**PRODUCTION_ENV, "DATABASE_URL": "sqlite:////tmp/site.sqlite3"})
    assert "DATABASE_URL to point to PostgreSQL" in result.stderr.splitlines()[-1]
    result = _production_settings({**PRODUCTION_ENV, "TASK_BACKEND": "immediate"})
    assert "TASK_BACKEND=database or TASK_BACKEND=redis" in result.stderr.splitlines()[-1]
    result = _production_settings({**PRODUCTION_ENV, "TASK_BACKEND": "celery"})
    assert "TASK_BACKEND must be one of immediate, database, redis, not 'celery'" in result.stderr.splitlines()[-1]


def test_production_refuses_a_public_address_without_https():
    result = _production_settings({**PRODUCTION_ENV, "BASE_URL": "http://127.0.0.1:8000"})
    assert result.returncode != 0
    assert "https://" in result.stderr.splitlines()[-1]


def test_production_starts_with_everything_it_needs():
    result = _production_settings(PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr


def test_production_database_gives_up_connecting_after_a_few_seconds():
    code = (
        "import site_project.settings.production as s; "
        "print(s.DATABASES['default']['OPTIONS']['connect_timeout'], s.CACHES['default']['OPTIONS'])"
    )
    result = _production_settings({**PRODUCTION_ENV, "DATABASE_URL": "postgres://u:p@db.example:5432/site"}, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5 {'socket_connect_timeout': 1, 'socket_timeout': 1}"


def test_database_url_selects_the_database(monkeypatch):
    import site_project.settings.base as base

    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.example:5432/site")
    reloaded = importlib.reload(base)
    try:
        assert reloaded.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
        assert reloaded.DATABASES["default"]["NAME"] == "site"
    finally:
        monkeypatch.delenv("DATABASE_URL")
        importlib.reload(base)


def test_redis_url_selects_redis_cache(monkeypatch):
    import site_project.settings.base as base

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/3")
    reloaded = importlib.reload(base)
    try:
        # Cached content degrades to a miss when Redis is down; counters that protect the site do not.
        assert reloaded.CACHES["default"]["BACKEND"] == "core.cache.ResilientRedisCache"
        limits = import_string(reloaded.CACHES["limits"]["BACKEND"])
        assert issubclass(limits, RedisCache) and not issubclass(limits, ResilientRedisCache)
        assert reloaded.CACHES["default"]["LOCATION"] == reloaded.CACHES["limits"]["LOCATION"]
    finally:
        monkeypatch.delenv("REDIS_URL")
        importlib.reload(base)
