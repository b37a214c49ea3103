"""Every body block shows a preview in the admin's block chooser, whatever the media library
holds."""

from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.blocks import BodyBlock
from home.models import StandardPage

BODY = StandardPage._meta.get_field("body").stream_block
# An embed's preview would be fetched from the video site's servers each time it is shown.
WITHOUT_PREVIEW = {"embed"}


def preview(client, name):
    block = BODY.child_blocks[name]
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200, name
    return BeautifulSoup(response.text, "html.parser").select_one(f".block-{name}")


def test_every_body_block_has_a_description_and_a_preview(editor_client):
    previewable = {name for name, block in BODY.child_blocks.items() if block.is_previewable}
    assert previewable == set(BODY.child_blocks) - WITHOUT_PREVIEW
    for name in previewable:
        assert BODY.child_blocks[name].get_description(), name
        assert preview(editor_client, name).get_text(strip=True), name


def test_the_previews_use_the_sites_styles(editor_client):
    response = editor_client.get(
        reverse("wagtailadmin_block_preview"), {"id": BODY.child_blocks["quote"].definition_prefix}
    )
    assert "css/site.css" in response.text


def test_the_image_preview_shows_an_image_of_the_library(editor_client):
    image = get_image_model().objects.order_by("pk").first()
    shown = preview(editor_client, "image")
    assert shown.find("img")["alt"] == image.default_alt_text


def test_media_previews_render_with_an_empty_library(editor_client):
    get_image_model().objects.all().delete()
    get_document_model().objects.all().delete()
    assert preview(editor_client, "image").find("img") is None
    assert "Urratsbat programme guide" in preview(editor_client, "document").get_text()


def test_the_document_preview_links_a_document_of_the_library(editor_client, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    get_document_model().objects.all().delete()
    document = get_document_model().objects.create(
        title="Guide", file=ContentFile(b"%PDF-1.4", name="guide.pdf")
    )
    link = preview(editor_client, "document").find("a")
    assert link["href"] == document.url
    assert "(PDF" in link.get_text()


def test_previews_are_written_in_the_editors_language():
    faq = BodyBlock().child_blocks["faq"]
    with translation.override("es"):
        preview = faq.get_preview_value()
    assert preview["title"] == "Preguntas frecuentes"
    with translation.override("eu"):
        preview = faq.get_preview_value()
    assert preview["title"] == "Ohiko galderak"
