"""Debian's Varnish with deploy/varnish/default.vcl in front of the app: publishing purges the page and its listing.

Needs varnishd (CI installs it); skipped elsewhere with a message when it is missing.
"""

import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from tests.factories import article, news_index
from tests.local_servers import free_port, wait_for_port
from tests.task_support import ROOT, start_process, stop_process
from tests.test_deploy_files import needs

pytestmark = [pytest.mark.deployment, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    varnishd = needs("varnishd")
    port = free_port()
    vcl_dir = tmp_path / "vcl"
    vcl_dir.mkdir()
    backend_port = urlsplit(live_server.url).port
    backend = (ROOT / "deploy/varnish/backend.vcl").read_text().replace('"8080"', f'"{backend_port}"')
    (vcl_dir / "backend.vcl").write_text(backend)
    args = [varnishd, "-F", "-j", "none", "-a", f"127.0.0.1:{port}", "-n", str(tmp_path / "varnish")]
    args += ["-f", str(ROOT / "deploy/varnish/default.vcl"), "-s", "malloc,16m"]
    args += ["-p", f"vcl_path={vcl_dir}:{ROOT / 'deploy/varnish'}"]
    process = start_process(args, {"PATH": "/usr/sbin:/usr/bin:/bin"}, tmp_path / "varnish.log")
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_cache.PurgeBackend", "LOCATION": f"http://127.0.0.1:{port}"}
    }
    try:
        try:
            wait_for_port(port, timeout=30, process=process)
        except (RuntimeError, TimeoutError) as error:
            raise AssertionError(f"{error}\n{(tmp_path / 'varnish.log').read_text(errors='replace')}") from error
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(process)


def fetch(base, path, host):
    request = urllib.request.Request(base + path, headers={"Host": host, "User-Agent": "varnish-test"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.headers.get("X-Cache"), response.read().decode()
    except urllib.error.HTTPError as error:
        return f"HTTP {error.code}", error.read().decode(errors="replace")


def test_publishing_purges_the_page_and_its_listing_from_varnish(site_tree, varnish):
    index = news_index(site_tree["fr"])
    page = article(index, "Visite à Tanger", slug="visite-tanger")
    article(index, "Rapport annuel", slug="rapport-annuel")
    host = urlsplit(Site.objects.get(is_default_site=True).root_url).netloc
    paths = ["/fr/actualites/visite-tanger/", "/fr/actualites/", "/fr/actualites/?page=1"]
    unrelated = "/fr/actualites/rapport-annuel/"
    for path in [*paths, unrelated]:
        assert fetch(varnish, path, host)[0] == "MISS", path
        assert fetch(varnish, path, host)[0] == "HIT", path

    page.title = "Visite à Tanger et Tétouan"
    page.save_revision().publish()  # committed: the purge goes out at once (immediate task backend)

    for path in paths:
        state, html = fetch(varnish, path, host)
        assert state == "MISS", path
        assert "Tétouan" in html, path
    assert fetch(varnish, unrelated, host)[0] == "HIT"
