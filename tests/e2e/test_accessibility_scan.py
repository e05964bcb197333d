"""axe-core (vendored, see vendor/README.md) finds no serious or critical WCAG 2.1 AA violation.

Add a page to the scan by adding its path to PAGES.
"""

import json
import re
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}

PAGES = [
    "/fr/",
    "/ar/",
    "/fr/le-conseil/",
    "/ar/le-conseil/",
    "/fr/page-introuvable/",
    "/ar/page-introuvable/",
    "/fr/bulletin/",
    "/ar/bulletin/",
    "/fr/actualites/",
    "/ar/actualites/",
    "/fr/actualites/visite-centre/",
    "/ar/actualites/visite-centre/",
    "/fr/publications/",
    "/ar/publications/",
    "/fr/publications/rapport-annuel-2025/",
    "/ar/publications/rapport-annuel-2025/",
    "/fr/recherche/?q=rapport",
    "/ar/recherche/?q=التقرير",
]


@pytest.fixture
def scanned_site(reader_site, locales):
    from tests.factories import bilingual_news_and_publication

    return {**reader_site, **bilingual_news_and_publication(reader_site["fr_home"], locales)}


RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 5),
  }));
}"""


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_serious_accessibility_violation(tab, scanned_site, path):
    tab.goto(path)
    # Evaluated through the browser's devtools, which the page's CSP does not govern: an added
    # <script> would be an inline script without the nonce, refused like any injected one.
    tab.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    violations = tab.evaluate(RUN_AXE, WCAG_TAGS)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w-]+", "-", path.strip("/")) or "root"
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(violations, ensure_ascii=False, indent=2))
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert blocking == [], json.dumps(blocking, ensure_ascii=False, indent=2)
