"""The admin's page forms offer categories, sectors, companies and programmes in the page's
language only, and keep a translation's synchronised choices when it is saved."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail import blocks
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import Translation

from directory.models import CompanyPage, Sector
from home.models import ProgrammePage
from marketplace.models import ListingCategory, ListingPage
from news.models import NewsCategory, NewsIndexPage, NewsPage


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def stop_synced_translation(client, page):
    """What an editor does to edit a translation in the page form, not the translation editor."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))


def in_language(model, language):
    return model.objects.filter(locale__language_code=language)


def offered(response, name):
    """(value, label) of each checkbox or option the form offers for field `name`."""
    form = BeautifulSoup(response.text, "html.parser").find("form", id="page-edit-form")
    checkboxes = form.find_all("input", attrs={"type": "checkbox", "name": name})
    if checkboxes:
        return sorted((int(box["value"]), box.parent.get_text(strip=True)) for box in checkboxes)
    return sorted(
        (int(option["value"]), option.get_text(strip=True))
        for option in form.find("select", attrs={"name": name}).find_all("option")
        if option["value"]
    )


def chosen(response, name):
    data = querydict_from_html(response.text, form_id="page-edit-form")
    return sorted(int(value) for value in data.getlist(name))


def stream_data(prefix, block, state, data):
    """The POST data the admin's StreamField editor sends for a block's form state."""
    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = len(state)
        for index, child in enumerate(state):
            data[f"{prefix}-{index}-type"] = child["type"]
            data[f"{prefix}-{index}-id"] = child["id"]
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = index
            child_block = block.child_blocks[child["type"]]
            stream_data(f"{prefix}-{index}-value", child_block, child["value"], data)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            stream_data(f"{prefix}-{name}", child_block, state[name], data)
    else:
        data[prefix] = state


def article_form_data(response, article):
    """The edit form as the browser sends it back unchanged."""
    data = querydict_from_html(response.text, form_id="page-edit-form")
    body_block = NewsPage._meta.get_field("body").stream_block
    stream_data("body", body_block, body_block.get_form_state(article.body), data)
    return data


def an_article(language):
    """A demo article with categories, in `language`."""
    basque = NewsPage.objects.filter(locale__language_code="eu", categories__isnull=False)
    return basque.first().get_translation(Locale.objects.get(language_code=language)).specific


def translation_keys(objects):
    return sorted(str(item.translation_key) for item in objects)


@pytest.mark.parametrize("language", ["eu", "es"])
def test_article_form_offers_categories_programmes_and_companies_of_its_language(
    editor_client, language
):
    article = an_article(language)
    if language != "eu":
        stop_synced_translation(editor_client, article)
    response = editor_client.get(edit_url(article))

    assert offered(response, "categories") == sorted(
        in_language(NewsCategory, language).values_list("pk", "name")
    )
    assert offered(response, "related_programmes") == sorted(
        in_language(ProgrammePage, language).values_list("pk", "title")
    )
    companies = offered(response, "related_companies")
    assert companies == sorted(in_language(CompanyPage, language).values_list("pk", "title"))
    assert len({title for _pk, title in companies}) == len(companies)
    # The Spanish translation holds the Basque categories; the form ticks the Spanish ones.
    categories = in_language(NewsCategory, language).filter(
        translation_key__in=[category.translation_key for category in article.categories.all()]
    )
    assert chosen(response, "categories") == sorted(category.pk for category in categories)


def test_new_article_form_offers_the_categories_of_the_basque_news(editor_client):
    index = NewsIndexPage.objects.get(locale__language_code="eu")
    response = editor_client.get(
        reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])
    )

    assert response.status_code == 200
    assert offered(response, "categories") == sorted(
        in_language(NewsCategory, "eu").values_list("pk", "name")
    )
    assert offered(response, "related_companies") == sorted(
        in_language(CompanyPage, "eu").values_list("pk", "title")
    )


def test_saving_a_spanish_article_unchanged_keeps_its_categories_in_spanish(editor_client):
    article = an_article("es")
    before = translation_keys(article.categories.all())
    stop_synced_translation(editor_client, article)
    response = editor_client.get(edit_url(article))

    data = article_form_data(response, article)
    data["action-publish"] = "action-publish"
    response = editor_client.post(edit_url(article), data)

    assert response.status_code == 302
    saved = NewsPage.objects.get(pk=article.pk).categories.all()
    assert translation_keys(saved) == before
    assert {category.locale.language_code for category in saved} == {"es"}


def test_spanish_article_shows_the_categories_chosen_on_the_basque_one_once_synced(
    editor_client, client
):
    basque = an_article("eu")
    events = in_language(NewsCategory, "eu").get(slug="events")
    assert events not in basque.categories.all()
    response = editor_client.get(edit_url(basque))
    data = article_form_data(response, basque)
    data.setlist("categories", [events.pk])
    data["action-publish"] = "action-publish"
    assert editor_client.post(edit_url(basque), data).status_code == 302

    spanish = an_article("es")
    # Publishing in the translation editor copies the synchronised fields from the source.
    assert editor_client.get(edit_url(spanish)).status_code == 200
    editor_client.post(edit_url(spanish), {"action": "publish"})

    page = client.get(NewsPage.objects.get(pk=spanish.pk).url)
    assert ">Eventos</a>" in page.text
    assert "Ekitaldiak" not in page.text


def test_company_form_offers_the_sectors_of_its_language(editor_client):
    company = in_language(CompanyPage, "es").filter(sectors__isnull=False).first()
    stop_synced_translation(editor_client, company)
    response = editor_client.get(edit_url(company))

    spanish = in_language(Sector, "es")
    assert offered(response, "sectors") == sorted(spanish.values_list("pk", "name"))
    slugs = [sector.slug for sector in company.sectors.all()]
    assert chosen(response, "sectors") == sorted(
        spanish.filter(slug__in=slugs).values_list("pk", flat=True)
    )


def test_listing_form_chooses_category_and_company_in_its_language(editor_client):
    listing = in_language(ListingPage, "es").filter(company__isnull=False).first()
    stop_synced_translation(editor_client, listing)
    response = editor_client.get(edit_url(listing))

    form = response.context["form"]
    assert set(form.fields["category"].queryset) == set(in_language(ListingCategory, "es"))
    assert set(form.fields["company"].queryset) == set(in_language(CompanyPage, "es"))
    category = in_language(ListingCategory, "es").get(
        translation_key=listing.category.translation_key
    )
    company = in_language(CompanyPage, "es").get(translation_key=listing.company.translation_key)
    assert chosen(response, "category") == [category.pk]
    assert chosen(response, "company") == [company.pk]


def test_listing_form_refuses_a_category_of_another_language(editor_client):
    listing = in_language(ListingPage, "es").filter(company__isnull=False).first()
    stop_synced_translation(editor_client, listing)
    data = querydict_from_html(editor_client.get(edit_url(listing)).text, form_id="page-edit-form")
    data["category"] = in_language(ListingCategory, "eu").first().pk

    response = editor_client.post(edit_url(listing), data)

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["category"] == [form.fields["category"].error_messages["invalid_choice"]]
