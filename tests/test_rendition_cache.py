"""Image renditions read from the cache are not written back to it on every request
(core/rendition_cache.py), and new ones still are."""

import re

import pytest
from django.core.cache import caches

from tests.factories import article, make_image, news_index

pytestmark = pytest.mark.django_db
URL = "/fr/actualites/photo/"


def pictures(response):
    return re.findall(r"<picture.*?</picture>", response.content.decode(), re.S)


@pytest.fixture
def writes(monkeypatch):
    backend = caches["renditions"]
    written = []
    write = backend.set_many

    def recording(data, *args, **kwargs):
        written.extend(data)
        return write(data, *args, **kwargs)

    monkeypatch.setattr(backend, "set_many", recording)
    return written


def test_an_image_shown_again_is_read_from_the_cache_and_not_written_back(client, site_tree, writes):
    article(news_index(site_tree["fr"]), "Photo", slug="photo", main_image=make_image("Portrait"))

    first = client.get(URL)
    assert first.status_code == 200
    assert writes, "the renditions made for the first request are cached"
    writes.clear()

    again = client.get(URL)

    assert again.status_code == 200
    assert 'type="image/avif"' in "".join(pictures(again))
    assert pictures(again) == pictures(first)
    assert writes == []


def test_a_new_size_of_a_cached_image_is_still_cached(client, site_tree, writes):
    image = make_image("Portrait")
    image.get_renditions("width-480")
    writes.clear()

    image.get_renditions("width-480", "width-800")

    assert len(writes) == 1 and "width-800" in writes[0]
