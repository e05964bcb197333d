"""The listing caches in a real Redis, as app servers behind a load balancer share it."""

import datetime
import os
import uuid

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests.factories import article, news_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache():
    url = os.environ.get("REDIS_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("REDIS_URL is not set in CI", pytrace=False)
        pytest.skip("set REDIS_URL (e.g. redis://127.0.0.1:6379/15) to test against Redis; CI does")
    config = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",  # isolates this test's keys
        }
    }
    with override_settings(CACHES=config):
        caches["default"].set("ping", "pong")
        assert caches["default"].get("ping") == "pong"
        yield caches["default"]


def test_publishing_refreshes_counts_cached_in_redis(client, site_tree, redis_cache):
    index = news_index(site_tree["fr"])
    for day in range(1, 4):
        article(index, f"Visite {day}", date=datetime.date(2025, 3, day))
    assert "3 résultats" in client.get("/fr/actualites/").content.decode()
    generation_before = redis_cache.get("content-generation")
    assert generation_before is not None  # the counts really live in Redis

    article(index, "Nouvelle visite", date=datetime.date(2025, 4, 1))
    assert redis_cache.get("content-generation") > generation_before
    html = client.get("/fr/actualites/").content.decode()
    assert "4 résultats" in html and "Nouvelle visite" in html
