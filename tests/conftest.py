import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale

from home.models import HomePage
from home.site_setup import ensure_site

# Role users and a French article with every block, for the translation workflow tests; background-task fixtures.
pytest_plugins = ["tests.translation_support", "tests.task_support"]


def pytest_configure(config):
    # UI translations are compiled from locale/*.po, so tests see the catalogues as committed.
    import django
    from django.utils.translation import trans_real

    django.setup()
    call_command("compile_catalogues", verbosity=0)
    # An app's ready() may have translated a string already, caching catalogues read before the
    # .mo files existed (a fresh checkout): start from the compiled ones.
    trans_real._translations = {}
    trans_real._default = None


@pytest.fixture
def site_tree(db):
    """The French home and its live Arabic translation, as `make run` creates them."""
    fr_home = ensure_site()
    ar_home = HomePage.objects.get(translation_key=fr_home.translation_key, locale__language_code="ar")
    return {"fr": fr_home, "ar": ar_home}


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL); CI runs it there")


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached fragments and aggregates outlive a test's database; each test starts without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in French, whatever language an earlier test in the same worker left active."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
