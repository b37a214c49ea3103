import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.demo.content import PAGES


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site, seeded once; each test's changes are rolled back."""
    with django_db_blocker.unblock():
        call_command("seed_demo", force=True, stdout=io.StringIO())


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
