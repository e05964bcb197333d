"""The content cache's second level in each process's memory (core/content_memory.py): values
come from memory under the current generation, and a generation moved by another process (a
publication on another server) is seen at the next request."""

import pytest
from django.core.cache import cache, caches
from wagtail.models import Page

from core.content_cache import GENERATION_KEY, cached
from core.content_memory import MISSING, ContentMemory
from tests.factories import standard_page

pytestmark = pytest.mark.django_db


def menu_of(client):
    html = client.get("/fr/").content.decode()
    start = html.find('<nav class="main-nav"')
    return html[start : html.find("</nav>", start)]


def test_a_menu_read_again_comes_from_memory_and_another_servers_publication_is_seen(client, site_tree):
    page = standard_page(site_tree["fr"], "Mandat", slug="mandat", show_in_menus=True)
    assert "Mandat" in menu_of(client)
    # Another server renames the page: this process gets no signal, only the moved generation.
    Page.objects.filter(pk=page.pk).update(title="Notre mandat")

    assert "Notre mandat" not in menu_of(client), "the kept menu is still that generation's"

    cache.incr(GENERATION_KEY)

    assert "Notre mandat" in menu_of(client)


def test_a_value_is_computed_once_then_read_from_memory_without_the_shared_cache(monkeypatch):
    computed = []
    first = cached("memory-test", lambda: computed.append(1) or ["valeur"])
    reads = []
    original = type(caches["default"]).get
    monkeypatch.setattr(
        type(caches["default"]), "get", lambda self, key, *a, **k: reads.append(key) or original(self, key, *a, **k)
    )

    again = cached("memory-test", lambda: computed.append(1) or ["autre"])

    assert first == again == ["valeur"] and computed == [1]
    assert [key for key in reads if key.startswith("memory-test")] == []
    assert again is not first, "each reader gets its own copy"


def test_memory_stays_within_its_budget_and_drops_the_least_recently_read(settings):
    settings.CONTENT_MEMORY_BYTES = 4096
    memory = ContentMemory()
    for n in range(30):
        memory.put(f"key-{n}", "x" * 200, 60)
    assert memory.get("key-15") == "x" * 200
    for n in range(30, 40):
        memory.put(f"key-{n}", "x" * 200, 60)

    assert memory._size <= 4096
    assert memory.get("key-39") == memory.get("key-15") == "x" * 200
    assert memory.get("key-0") is MISSING


def test_a_value_past_its_timeout_is_not_served(monkeypatch):
    from core import content_memory

    memory = ContentMemory()
    memory.put("soon-stale", "valeur", 10)
    now = content_memory.time.monotonic()
    monkeypatch.setattr(content_memory.time, "monotonic", lambda: now + 11)

    assert memory.get("soon-stale") is content_memory.MISSING
