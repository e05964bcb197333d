import pytest
from django.core.cache import cache, caches
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


# The database as migrations leave it (before the site is built), for `freshly_migrated`; per worker.
_migrated_state = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The test database, with the bilingual site built once per worker (what `site_tree` returns).

    Each test then runs in a transaction rolled back to this state. A transactional test
    empties the database at its end; pytest-django runs those after all the others in a
    worker, and `serialized_rollback` gives them this state back (re-serialized below).
    """
    from django.conf import settings
    from django.utils import translation

    with django_db_blocker.unblock():
        if any("freshly_migrated" in getattr(item, "fixturenames", ()) for item in request.session.items):
            _migrated_state["content"] = connection.creation.serialize_db_to_string()
        with translation.override(settings.LANGUAGE_CODE):
            ensure_site()
        if getattr(connection, "_test_serialized_contents", None) is not None:
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    cache.clear()
    yield


@pytest.fixture
def freshly_migrated(db):
    """The database as `migrate` leaves it, without the site built for the other tests (within this test only)."""
    from django.core.management.color import no_style

    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    with connection.cursor() as cursor:
        for statement in connection.ops.sql_flush(no_style(), tables):
            cursor.execute(statement)
    connection.creation.deserialize_db_from_string(_migrated_state["content"])
    cache.clear()


@pytest.fixture
def site_tree(db):
    """The French home and its live Arabic translation, as `make run` creates them.

    Built once per worker with the test database (`django_db_setup`); built here only in a test
    that took it away first (`freshly_migrated`).
    """
    from django.conf import settings

    fr_home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=2).first() or ensure_site()
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
    """Cached fragments, aggregates and renditions outlive a test's database; each test starts without them."""
    for name in ("default", "renditions"):
        caches[name].clear()
    yield
    for name in ("default", "renditions"):
        caches[name].clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in French, whatever language an earlier test in the same worker left active."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
