import datetime
import re
from urllib.parse import unquote

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from wagtail.models import Locale

from home.models import StandardPage
from news.models import NewsCategory, NewsPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("", "/eu/"),
        ("es-ES,es;q=0.9,en;q=0.5", "/es/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("fr-FR,fr;q=0.9", "/eu/"),
        ("eu,es;q=0.5", "/eu/"),
    ],
)
def test_root_redirects_to_best_language(client, db, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_prefers_language_chosen_with_switcher(client, db):
    response = client.get("/language/en/", {"next": "/en/"})
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_its_language(client, pages, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.text
    assert pages["home"][language].hero_title in response.text


def test_english_programme_slugs_are_stable(client, db):
    for slug in ("tkgune", "urratsbat", "urratsbat-community", "esm"):
        assert client.get(f"/en/programmes/{slug}/").status_code == 200


def test_basque_and_spanish_pages_use_their_own_slugs(pages):
    community = pages["community"]
    assert community["eu"].url == "/eu/programak/urratsbat-komunitatea/"
    assert community["es"].url == "/es/programas/comunidad-urratsbat/"


def test_hreflang_and_canonical_links_are_absolute_and_complete(client, pages):
    response = client.get("/en/programmes/tkgune/")
    html = response.text
    tkgune = pages["tkgune"]
    assert '<link rel="canonical" href="http://127.0.0.1:8000/en/programmes/tkgune/">' in html
    for language in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{language}" href="http://127.0.0.1:8000{tkgune[language].url}">'
            in html
        )
    assert f'hreflang="x-default" href="http://127.0.0.1:8000{tkgune["eu"].url}"' in html


def test_language_switcher_leads_to_the_same_page_in_other_languages(client, pages):
    html = client.get("/en/programmes/tkgune/").text
    assert 'href="/language/es/?next=/es/programas/tkgune/"' in html
    assert 'href="/language/eu/?next=/eu/programak/tkgune/"' in html
    assert 'aria-current="true"><span class="language-switcher__name">English</span>' in html


def test_language_switcher_falls_back_to_home_and_says_so(client, pages):
    about = pages["about"]["eu"]
    untranslated = about.add_sibling(
        instance=StandardPage(title="Bakarrik euskaraz", slug="bakarrik-euskaraz")
    )
    untranslated.save_revision().publish()

    html = client.get(untranslated.url).text

    assert 'href="/language/es/?next=/es/"' in html
    assert "(sin traducir: página de inicio)" in html
    assert "(not translated: home page)" in html
    head = html.split("</head>")[0]
    assert 'hreflang="es"' not in head


def test_language_switcher_on_a_page_not_found_leads_to_that_page_in_each_language(client, db):
    response = client.get("/es/no-existe/", {"category": "tkgune"})
    assert response.status_code == 404
    html = response.text
    assert "Página no encontrada" in html
    for language in ("eu", "en"):
        (link,) = re.findall(rf'href="/language/{language}/\?next=([^"]+)"', html)
        assert unquote(link) == f"/{language}/no-existe/?category=tkgune"
    assert "not translated" not in html
    in_english = client.get("/language/en/", {"next": "/en/no-existe/"}, follow=True)
    assert in_english.status_code == 404
    assert "Page not found" in in_english.text


def test_switch_language_refuses_to_redirect_off_site(client, db):
    response = client.get("/language/es/", {"next": "https://evil.example/"})
    assert response["Location"] == "/es/"


def test_switch_language_ignores_unknown_languages(client, db):
    response = client.get("/language/fr/", {"next": "/fr/"}, follow=True)
    assert response.status_code == 404
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_every_language_has_a_locale(db):
    assert set(Locale.objects.values_list("language_code", flat=True)) >= set(LANGUAGES)


def test_language_switcher_keeps_the_filters_but_not_the_words_searched(client, db):
    """Filter values are the same in every language; a search's words and page are not."""
    category = NewsCategory.objects.filter(locale__language_code="eu").first()
    year = NewsPage.objects.live().dates("publication_date", "year").last().year
    filters = f"category={category.slug}&year={year}"
    html = client.get(f"/eu/albisteak/?{filters}&q=enpresa&page=2").text

    links = re.findall(r'href="/language/es/\?next=([^"]+)"', html)
    assert [unquote(link) for link in links] == [f"/es/noticias/?{filters}"]
    switched = client.get("/language/es/", {"next": unquote(links[0])}, follow=True)
    assert switched.status_code == 200
    assert switched.request["PATH_INFO"] == "/es/noticias/"
    assert switched.context["active_category"].translation_key == category.translation_key


@pytest.mark.parametrize(
    ("language", "long", "short"),
    [
        ("eu", "2026ko abenduaren 1a", "2026/12/01"),
        ("es", "1 de diciembre de 2026", "01/12/2026"),
        ("en", "1 December 2026", "01/12/2026"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(language, long, short):
    day = datetime.date(2026, 12, 1)
    with translation.override(language):
        assert date_format(day) == long
        assert date_format(day, "SHORT_DATE_FORMAT") == short


def test_articles_are_dated_as_basque_is_written(client, db):
    article = NewsPage.objects.live().filter(locale__language_code="eu").first()
    html = client.get(article.url).text
    with translation.override("eu"):
        months = [date_format(datetime.date(2026, month, 1), "F") for month in range(1, 13)]
    shown = re.search(r"<time datetime=\"[\d-]+\">([^<]+)</time>", html).group(1)
    assert re.fullmatch(rf"\d{{4}}ko ({'|'.join(months)})ren \d{{1,2}}a", shown), shown
