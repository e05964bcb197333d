"""Browser tests: Debian's Chromium driven by Playwright against a real server on localhost.

Skipped when Chromium is missing, except in CI (CI=true), where that is a failure.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}


def chromium_path():
    found = shutil.which(CHROMIUM)
    if found:
        return found
    return CHROMIUM if Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK) else None


def _carry_over_test_databases(start):
    """Runs `start()` and hands the test database state to the connections it leaves behind.

    Playwright's sync API leaves an event loop set on this thread; Django then keeps its
    connections in another (context-local) store and builds new ones, which would not
    know the serialized content that `serialized_rollback` restores between tests.
    """
    from django.db import connections

    serialized = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    result = start()
    for alias, contents in serialized.items():
        if contents is not None and getattr(connections[alias], "_test_serialized_contents", None) is None:
            connections[alias]._test_serialized_contents = contents
    return result


@pytest.fixture(scope="package")
def browser(django_db_setup, django_db_blocker):
    """One Chromium for the browser tests a worker runs in a row, closed before it runs other tests.

    Playwright's sync API keeps an event loop running on this thread while it is open: Django's
    ORM would take that for an async context (hence DJANGO_ALLOW_ASYNC_UNSAFE, for these tests
    only), and an async view called through the test client would refuse to run.
    """
    path = chromium_path()
    if path is None:
        message = f"Chromium not found at {CHROMIUM} (install Debian's `chromium` or set CHROMIUM_PATH)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + ": browser tests cannot be skipped in CI", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    manager = sync_playwright()
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with django_db_blocker.unblock():
        playwright = _carry_over_test_databases(manager.__enter__)
    try:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()
    finally:
        from django.db import connections

        # The connections opened under Playwright's loop would otherwise keep the test database busy.
        connections.close_all()
        manager.__exit__(None, None, None)
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


def _artifact_name(node_name):
    return re.sub(r"[^\w.-]+", "-", node_name).strip("-")


@pytest.fixture
def open_tab(browser, live_server, request):
    """`open_tab(**context_options)` gives a fresh tab on the live server; each is screenshotted at the end."""
    contexts = []
    violations = []

    def open_(**options):
        context = browser.new_context(
            base_url=live_server.url,
            viewport=options.pop("viewport", DESKTOP),
            reduced_motion=options.pop("reduced_motion", "reduce"),
            **options,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        context.on("console", lambda message: _record_csp_violation(message, violations))
        return context.new_page()

    yield open_
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for number, context in enumerate(contexts):
        suffix = f"-{number + 1}" if len(contexts) > 1 else ""
        for tab in context.pages:
            tab.screenshot(path=ARTIFACTS / f"{_artifact_name(request.node.name)}{suffix}.png", full_page=True)
        context.close()
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


def _record_csp_violation(message, violations):
    """Chromium reports each blocked script, style or frame on the console; none may occur."""
    if "Content Security Policy" in message.text:
        page_url = message.page.url if message.page else "?"
        violations.append(f"{page_url}: {message.text}")


@pytest.fixture
def tab(open_tab):
    return open_tab()


@pytest.fixture
def reader_site(transactional_db):
    """The bilingual home and an institutional page long enough to scroll, in both languages."""
    from django.core.cache import cache
    from wagtail.models import Locale

    from home.site_setup import ensure_site
    from tests.factories import standard_page, translate_page

    cache.clear()
    fr_home = ensure_site()
    paragraphs_fr = [
        ("paragraph", f"<p>Paragraphe {n} sur le mandat du Conseil et ses missions.</p>") for n in range(40)
    ]
    paragraphs_ar = [("paragraph", f"<p>الفقرة {n} حول ولاية المجلس ومهامه.</p>") for n in range(40)]
    about = standard_page(
        fr_home,
        "Le Conseil",
        slug="le-conseil",
        summary="Mandat, composition et missions.",
        show_in_menus=True,
        body=[("heading", {"text": "Mandat", "level": "h2"}), *paragraphs_fr],
    )
    translate_page(
        about,
        Locale.objects.get(language_code="ar"),
        title="المجلس",
        summary="الولاية والتركيبة والمهام.",
        body=[("heading", {"text": "الولاية", "level": "h2"}), *paragraphs_ar],
    )
    return {"fr_home": fr_home, "about": about}
