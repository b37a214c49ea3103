"""generate_search_volume: synthetic companies, news and listings in every language, as valid
pages the site search finds."""

import io
from collections import defaultdict

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from directory.models import CompanyPage
from home.models import SearchEntry, SearchPage
from marketplace.models import ListingPage
from news.models import NewsPage

LANGUAGES = {"eu", "es", "en"}
COUNTS = {CompanyPage: 3, NewsPage: 2, ListingPage: 2}


def generate(command, *args, **options):
    call_command(command, *args, force=True, stdout=io.StringIO(), **options)


@pytest.fixture
def generated(db):
    """The pages the command added, by page type."""
    before = {model: list(model.objects.values_list("pk", flat=True)) for model in COUNTS}
    generate("generate_search_volume", companies=3, articles=2, listings=2)
    return {model: model.objects.exclude(pk__in=pks) for model, pks in before.items()}


def test_each_generated_item_is_a_live_page_in_every_language(generated, client):
    for model, count in COUNTS.items():
        translations = defaultdict(set)
        for page in generated[model].select_related("locale"):
            translations[page.translation_key].add(page.locale.language_code)
            assert page.live and page.first_published_at
        assert list(translations.values()) == [LANGUAGES] * count
    assert Page.find_problems() == ([], [], [], [], [])  # paths, depths, child counts
    for page in [*generated[CompanyPage], *generated[NewsPage]]:
        assert client.get(page.url).status_code == 200


def test_the_site_search_finds_generated_pages_in_their_language(generated, client):
    cache.clear()  # suggestions are limited per address
    for language in LANGUAGES:
        search_page = SearchPage.objects.get(locale__language_code=language)
        company = generated[CompanyPage].filter(locale__language_code=language).first()
        name = company.title.split()[0]
        assert company.title in client.get(search_page.url, {"q": name}).text
        suggested = client.get(f"{search_page.url}suggest/", {"q": name[:3]}).json()
        assert company.title in [suggestion["name"] for suggestion in suggested["suggestions"]]
    for model in COUNTS:
        assert SearchEntry.objects.filter(page__in=generated[model]).count() == COUNTS[model] * 3


def test_generate_companies_adds_companies_only(db):
    companies, articles = CompanyPage.objects.count(), NewsPage.objects.count()
    generate("generate_companies", 2)
    assert CompanyPage.objects.count() == companies + 2 * len(LANGUAGES)
    assert NewsPage.objects.count() == articles


def test_the_generator_refuses_to_run_with_debug_off_unless_forced(db):
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("generate_search_volume", companies=1, stdout=io.StringIO())
