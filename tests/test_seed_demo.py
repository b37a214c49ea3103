import io
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import (
    ModelLogEntry,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

from directory.demo import content as directory_content
from home.demo.base import Demo
from home.management.commands.seed_demo import demo_loaders
from home.models import Footer, ProgrammePage
from marketplace.demo import content as marketplace_content
from news.demo import content as news_content
from news.demo.loader import NewsDemo


def counts():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "footers": Footer.objects.count(),
        "translations": Translation.objects.count(),
    }


def rows():
    """Rows per model, but for the history a second run adds (revisions, logs, the reviews it
    cancels to submit the pending changes again) and Wagtail's reference index, which a save
    brings up to date (e.g. with tags set after the first save)."""
    history = (
        Revision,
        PageLogEntry,
        ModelLogEntry,
        TranslationLog,
        WorkflowState,
        TaskState,
        ReferenceIndex,
    )
    found = {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if not issubclass(model, history)
    }
    return {**found, "in review": WorkflowState.objects.active().count()}


def test_seed_demo_is_idempotent(db, django_capture_on_commit_callbacks, monkeypatch):
    # Every loader runs again, on one item of each list: every item takes the same path, and the
    # whole content again would triple this file's time (test_news_loader_run_again... covers a
    # full list). The pending profile change and listing are the first company's.
    monkeypatch.setattr(directory_content, "COMPANIES", directory_content.COMPANIES[:1])
    monkeypatch.setattr(news_content, "ARTICLES", news_content.ARTICLES[:1])
    monkeypatch.setattr(marketplace_content, "LISTINGS", marketplace_content.LISTINGS[:1])
    before, rows_before = counts(), rows()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", force=True, stdout=io.StringIO())
    assert counts() == before
    assert rows() == rows_before


def test_news_loader_run_again_adds_no_rows(pages, django_capture_on_commit_callbacks):
    before = rows()
    demo = Demo(io.StringIO(), password="tknika-demo")
    # The pages the news links to, as the home loader leaves them.
    demo.pages = {key: translations["eu"] for key, translations in pages.items()}
    with django_capture_on_commit_callbacks(execute=True):
        demo.build([NewsDemo()])
    assert rows() == before


def test_demo_loaders_run_in_dependency_and_menu_order():
    assert [type(loader).__name__ for loader in demo_loaders()] == [
        "HomeDemo",
        "DirectoryDemo",
        "NewsDemo",
        "MarketplaceDemo",
        "EventsDemo",
    ]


def test_demo_pages_are_found_by_search_in_every_language(pages):
    # seed_demo indexes once at the end, not as it saves.
    for translations in pages.values():
        for page in translations.values():
            found = Page.objects.live().search(" ".join(re.findall(r"\w+", page.title)))
            assert page.pk in {result.pk for result in found}, page


def test_seed_demo_refuses_to_run_without_debug(db):
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", stdout=io.StringIO())


def test_seed_demo_if_empty_leaves_an_existing_site_alone(db):
    out = io.StringIO()
    call_command("seed_demo", if_empty=True, stdout=out)
    assert "already has content" in out.getvalue()


def test_demo_builds_every_programme_in_three_languages(pages):
    for key in ("tkgune", "urratsbat", "community", "esm"):
        assert set(pages[key]) == {"eu", "es", "en"}
        assert all(page.live for page in pages[key].values())
    assert ProgrammePage.objects.live().count() == 12


def test_demo_translations_are_managed_by_wagtail_localize(pages):
    spanish = pages["urratsbat"]["es"]
    translation = Translation.objects.get(
        source__object_id=spanish.translation_key, target_locale__language_code="es"
    )
    assert translation.get_progress() == (
        translation.source.stringsegment_set.count(),
        translation.source.stringsegment_set.count(),
    )
    assert StringTranslation.objects.filter(locale__language_code="es").exists()
    # Texts are written per language, not copied from Basque.
    assert spanish.summary != pages["urratsbat"]["eu"].summary


def test_demo_users_have_their_roles(db, client):
    User = get_user_model()
    admin = User.objects.get(username="admin")
    editor = User.objects.get(username="editor")
    moderator = User.objects.get(username="moderator")
    assert admin.is_superuser
    assert editor.groups.filter(name="Editors").exists()
    assert moderator.groups.filter(name="Moderators").exists()
    assert editor.has_perm("wagtailadmin.access_admin")
    assert editor.has_perm("wagtail_localize.submit_translation")
    assert editor.has_perm("home.change_footer")
    response = client.post("/admin/login/", {"username": "editor", "password": "tknika-demo"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_demo_images_have_alternative_text_on_every_page(pages):
    for translations in pages.values():
        for page in translations.values():
            if getattr(page, "image", None):
                assert page.image_alt.strip(), page
