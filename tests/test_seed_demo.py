import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from home.models import Footer, ProgrammePage


def counts():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "footers": Footer.objects.count(),
        "translations": Translation.objects.count(),
    }


def test_seed_demo_is_idempotent(db, django_capture_on_commit_callbacks):
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", force=True, stdout=io.StringIO())
    assert counts() == before


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
