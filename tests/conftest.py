import pytest
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from wagtail.models import Page

from home.demo.content import PAGES
from tests import factories, seed_cache


@pytest.fixture(scope="session")
def seed_template():
    """The seeded demo database, kept between sessions while nothing it depends on changes."""
    return seed_cache.for_connection(connections[DEFAULT_DB_ALIAS])


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, seed_template):
    seed_template.prepare_test_database()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, seed_template):
    """Every test starts from the demo site, restored from the template or seeded once; each
    test's changes are rolled back."""
    with django_db_blocker.unblock():
        seed_template.fill_test_database()


@pytest.fixture
def pages(db):
    """The demo pages by content key and language, e.g. pages["tkgune"]["es"]."""
    by_key = {}
    for spec in PAGES:
        english = Page.objects.get(locale__language_code="en", slug=spec["en"]["slug"])
        by_key[spec["key"]] = {
            translation.locale.language_code: translation.specific
            for translation in english.get_translations(inclusive=True).select_related("locale")
        }
    return by_key


@pytest.fixture
def editor(db):
    """A member of the Editors group."""
    return factories.editor()


@pytest.fixture
def editor_client(client, editor):
    """The admin as an editor, in English whatever the site's default language."""
    client.force_login(editor)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: its pages are built from its own database,
    which the previous test's rollback changed without telling the page cache."""
    cache.clear()


@pytest.fixture(autouse=True)
def emails_go_through_the_queue(settings):
    """Send every test's e-mail the way the site does: as a task (run at once in tests) that hands
    it to Django's test outbox, which Django's test setup would otherwise use directly."""
    settings.EMAIL_BACKEND = "home.emails.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
