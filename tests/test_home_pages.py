import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page

from home.blocks import CallToActionBlock, ImageBlock
from home.models import HomePage, ProgrammeIndexPage, ProgrammePage, StandardPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGE_KEYS = ["home", "programmes", "tkgune", "about", "privacy"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_type_renders_its_fields_in_each_language(client, pages, key, language):
    page = pages[key][language]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.text
    assert f'<html lang="{language}"' in html
    assert f"<title>{page.seo_title or page.title} · Tknika Hub</title>" in html
    assert f'<meta name="description" content="{escape(page.search_description)}">' in html
    if isinstance(page, ProgrammePage):
        assert escape(page.summary) in html
        assert page.contact_email in html
    if isinstance(page, StandardPage):
        assert escape(page.intro) in html


def test_programme_page_shows_body_blocks_and_contact_card(client, pages):
    page = pages["tkgune"]["es"]
    html = client.get(page.url).text
    block_types = {block.block_type for block in page.body}
    assert "heading" in block_types
    for block in page.body:
        if block.block_type == "heading":
            assert escape(block.value["text"]) in html
    assert 'class="with-sidebar__aside contact-card"' in html
    assert f'href="mailto:{page.contact_email}"' in html


def test_home_page_highlights_programmes_in_its_own_language(client, pages):
    html = client.get("/es/").text
    for key in ("tkgune", "urratsbat", "community", "esm"):
        assert f'href="{pages[key]["es"].url}"' in html
        assert f'href="{pages[key]["en"].url}"' not in html


def test_programme_index_lists_its_programmes(client, pages):
    html = client.get(pages["programmes"]["en"].url).text
    for key in ("tkgune", "urratsbat", "community", "esm"):
        assert escape(pages[key]["en"].title) in html


def test_programme_index_shows_empty_state_without_programmes(client, pages):
    index = pages["programmes"]["en"]
    for programme in ProgrammePage.objects.child_of(index):
        programme.unpublish()
    html = client.get(index.url).text
    assert "No programmes have been published in this language yet." in html


def test_draft_pages_are_not_listed_or_served(client, pages):
    esm = pages["esm"]["en"]
    esm.unpublish()
    assert client.get(esm.url).status_code == 404
    assert esm.title not in client.get(pages["programmes"]["en"].url).text


def test_main_menu_and_breadcrumbs_come_from_the_page_tree(client, pages):
    html = client.get(pages["tkgune"]["eu"].url).text
    menu = html.split('class="main-nav"')[1].split("</nav>")[0]
    assert pages["programmes"]["eu"].title in menu
    assert pages["privacy"]["eu"].title not in menu  # not shown in menus
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert f'href="{pages["programmes"]["eu"].url}"' in crumbs
    assert 'aria-current="page">TKgune<' in crumbs


def test_footer_shows_translated_contact_details_and_links(client, pages):
    html = client.get("/es/").text
    footer = html.split('<footer class="site-footer">')[1]
    assert "Errenteria" in footer
    assert f'href="{pages["privacy"]["es"].url}"' in footer
    assert f'href="{pages["accessibility"]["es"].url}"' in footer


def test_social_meta_uses_a_1200x630_rendition(client, pages):
    html = client.get(pages["urratsbat"]["en"].url).text
    assert '<meta property="og:image" content="http://127.0.0.1:8000/media/images/' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html
    assert '<meta property="og:locale" content="en_GB">' in html
    assert '<meta property="og:locale:alternate" content="eu_ES">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_anonymous_pages_set_no_cookies(client, pages):
    # A full-page cache sits in front of anonymous visitors: nothing per-visitor.
    for key in PAGE_KEYS:
        response = client.get(pages[key]["eu"].url)
        assert not response.cookies, key


def test_programme_index_query_count_does_not_grow_with_programmes(client, pages):
    index = pages["programmes"]["en"]
    tkgune = pages["tkgune"]["en"]

    def count_queries():
        client.get(index.url)  # warm caches shared by every request (site root paths)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index.url).status_code == 200
        return len(queries)

    few = count_queries()
    for number in range(8):
        tkgune.copy(update_attrs={"slug": f"copy-{number}", "title": f"Copy {number}"})
    many = count_queries()
    assert ProgrammePage.objects.child_of(index).live().count() >= 12
    assert many == few


def test_page_types_can_only_be_created_in_their_place(pages):
    root = Page.get_first_root_node()
    home = pages["home"]["en"]
    index = pages["programmes"]["en"]
    assert HomePage.can_create_at(root)
    assert not ProgrammePage.can_create_at(home)
    assert ProgrammePage.can_create_at(index)
    assert StandardPage.can_create_at(home)
    assert not ProgrammeIndexPage.can_create_at(home)  # one per home page already exists
    assert HomePage.allowed_parent_page_models() == [Page]


def test_page_image_needs_alternative_text(pages):
    page = pages["tkgune"]["en"]
    page.image_alt = "  "
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "image_alt" in error.value.message_dict


def test_call_to_action_needs_exactly_one_destination(pages):
    block = CallToActionBlock()
    value = {"title": "Join", "text": "", "button_text": "Go", "page": None, "external_url": ""}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))
    both = {**value, "page": pages["contact"]["en"].pk, "external_url": "https://tknika.eus"}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(both))
    valid = block.clean(block.to_python({**value, "external_url": "https://tknika.eus"}))
    assert valid.url() == "https://tknika.eus"


def test_image_block_requires_alternative_text(pages):
    block = ImageBlock()
    image = pages["tkgune"]["en"].image
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))


def test_page_titles_name_the_site_once(client, db):
    """The template adds "· Tknika Hub" to each title: SEO titles do not repeat it."""
    pages = Page.objects.live().exclude(seo_title="").specific()
    assert pages.count() > 30  # the demo's pages with a search-engine title, in each language
    for page in pages:
        if page.get_view_restrictions():
            continue
        response = client.get(page.url)
        title = re.search(r"<title>(.*?)</title>", response.text, re.S).group(1)
        assert title.count("Tknika Hub") == 1, (page.url, title)
