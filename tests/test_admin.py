"""What communications staff see in the Wagtail admin."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from home.models import Footer

from . import factories


def test_editor_edits_a_translation_in_the_translation_editor(editor_client, pages):
    spanish = pages["tkgune"]["es"]
    response = editor_client.get(f"/admin/pages/{spanish.pk}/edit/")
    assert response.status_code == 200
    assert "w-translation-editor" in response.text or "translation-editor" in response.text


def test_editor_can_add_a_programme_and_a_standard_page(editor_client, pages):
    index = pages["programmes"]["eu"]
    response = editor_client.get(f"/admin/pages/add/home/programmepage/{index.pk}/")
    assert response.status_code == 200
    response = editor_client.get(f"/admin/pages/add/home/standardpage/{pages['home']['eu'].pk}/")
    assert response.status_code == 200


def test_editor_edits_the_footer_snippet(editor_client, db):
    footer = Footer.objects.get(locale__language_code="eu")
    response = editor_client.get(f"/admin/snippets/home/footer/edit/{footer.pk}/")
    assert response.status_code == 200


def test_moderator_reaches_the_admin(client, db):
    client.force_login(get_user_model().objects.get(username="moderator"))
    assert client.get("/admin/").status_code == 200


def test_admin_pages_load_nothing_from_other_sites(client, pages):
    """Staff e-mail hashes never go to Gravatar, and the admin works without outside access:
    no image, script, style sheet or frame comes from elsewhere (links may lead elsewhere)."""
    client.force_login(get_user_model().objects.get(username="admin"))
    outside = re.compile(
        r'<(?:img|script|link|iframe|source)\b[^>]*\b(?:src|href|srcset)="(?:https?:)?//', re.I
    )
    for url in [
        "/admin/",
        "/admin/account/",
        "/admin/users/",
        f"/admin/pages/{pages['home']['eu'].pk}/",
        "/admin/companies/",
        "/admin/listings/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not outside.findall(response.text), url


@pytest.mark.parametrize(
    ("language", "search", "other"), [("en", "Search", "Bilatu"), ("es", "Buscar", "Bilatu")]
)
def test_choosers_speak_the_editors_admin_language(client, db, language, search, other):
    """Not the site's default language (Basque), whatever the browser asks for."""
    editor = factories.editor(first_name="Ane", last_name="Zubiri")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    for chooser in ("/admin/images/chooser/", "/admin/documents/chooser/"):
        html = client.get(chooser, HTTP_ACCEPT_LANGUAGE="eu").json()["html"]
        tab_labels = re.findall(r'data-w-tabs-target="trigger">\s*([^<]+?)\s*<', html)
        assert tab_labels[0] == search, chooser
        assert other not in html, chooser
