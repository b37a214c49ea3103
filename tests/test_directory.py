import csv
import io
import json
import re
from html import unescape
from urllib.parse import parse_qs

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from directory.models import CompanyPage, DirectoryIndexPage, Sector
from directory.views import COMPANIES_PER_PAGE

LANGUAGES = ["eu", "es", "en"]


@pytest.fixture
def directory(db):
    return {
        index.locale.language_code: index
        for index in DirectoryIndexPage.objects.select_related("locale")
    }


def listed(html):
    return re.findall(r'<h2 class="company-card__title"><a href="[^"]+">([^<]+)</a>', html)


def active(index):
    return index.companies().order_by("title")


def get(client, index, **params):
    response = client.get(index.url, params)
    assert response.status_code == 200
    return response.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_lists_active_companies_by_name(client, directory, language):
    index = directory[language]
    html = get(client, index)
    assert listed(html) == [escape(c.title) for c in active(index)[:COMPANIES_PER_PAGE]]
    assert f'<html lang="{language}"' in html


def test_inactive_companies_are_hidden_but_kept(client, directory):
    index = directory["en"]
    inactive = CompanyPage.objects.child_of(index).filter(status="inactive").live()
    assert inactive.exists()
    names = []
    page = 1
    while True:
        html = get(client, index, page=page)
        names += listed(html)
        if 'rel="next"' not in html:
            break
        page += 1
    for company in inactive:
        assert escape(company.title) not in names
        response = client.get(company.url)
        assert response.status_code == 200
        assert "This company is no longer active." in response.text


def test_search_finds_words_in_name_tagline_services_and_town(client, directory):
    index = directory["en"]
    company = active(index).exclude(services_text="").first()
    for text in (company.title, company.tagline.split()[-1], company.services_text.split(",")[0]):
        assert escape(company.title) in listed(get(client, index, q=text)), text
    town = company.town
    in_town = active(index).filter(town=town)
    assert set(listed(get(client, index, q=town))) >= {escape(c.title) for c in in_town}


def test_search_is_in_the_pages_language(client, directory):
    spanish = directory["es"]
    company = active(spanish).filter(tagline__icontains="carpinter").first()
    assert company, "the demo has a Spanish tagline about carpintería"
    assert escape(company.title) in listed(get(client, spanish, q="carpintería"))
    english = directory["en"]
    assert not listed(get(client, english, q="carpintería"))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL")
def test_postgres_search_stems_spanish_and_english_words(client, directory):
    spanish = directory["es"]
    company = active(spanish).filter(tagline__icontains="carpintería").first()
    assert escape(company.title) in listed(get(client, spanish, q="carpinterías"))


def test_sector_facet_filters_and_counts(client, directory):
    index = directory["es"]
    # Translated pages keep the source's sectors: they match by slug in every language.
    sector = Sector.objects.filter(locale=index.locale).order_by("slug").first()
    expected = active(index).filter(sectors__slug=sector.slug).distinct()
    assert expected.exists()
    html = get(client, index, sector=sector.slug)
    assert listed(html) == [escape(c.title) for c in expected[:COMPANIES_PER_PAGE]]
    checkbox = f'value="{sector.slug}" id="facet-sector-{sector.slug}" checked'
    assert checkbox in html
    label = html.split(f'for="facet-sector-{sector.slug}">')[1].split("</label>")[0]
    assert f"({expected.count()}<" in label


def test_facet_counts_respect_the_other_filters(client, directory):
    index = directory["en"]
    territory = active(index).first().territory
    in_territory = active(index).filter(territory=territory)
    html = get(client, index, territory=territory)
    for sector in Sector.objects.filter(locale=index.locale):
        count = in_territory.filter(sectors__slug=sector.slug).distinct().count()
        marker = f'for="facet-sector-{sector.slug}">'
        if count:
            label = html.split(marker)[1].split("</label>")[0]
            assert f"({count}<" in label, sector.slug
        else:
            assert marker not in html, sector.slug  # no dead ends


def test_facets_combine_with_search_and_year_range(client, directory):
    index = directory["en"]
    company = active(index).filter(cohort_year__isnull=False).first()
    year = company.cohort_year
    html = get(client, index, year_from=year, year_to=year, territory=company.territory)
    expected = active(index).filter(cohort_year=year, territory=company.territory)
    assert listed(html) == [escape(c.title) for c in expected]
    html = get(client, index, q=company.title, year_from=year + 1)
    assert escape(company.title) not in listed(html)


def test_open_to_flags_all_apply(client, directory):
    index = directory["en"]
    html = get(client, index, open_to=["clients", "tkgune"])
    expected = active(index).filter(open_to_clients=True, open_to_tkgune=True)
    assert listed(html) == [escape(c.title) for c in expected[:COMPANIES_PER_PAGE]]


def test_sort_by_most_recent_cohort_and_relevance(client, directory):
    index = directory["en"]
    html = get(client, index, sort="cohort")
    expected = active(index).order_by("-cohort_year", "title")[:COMPANIES_PER_PAGE]
    assert listed(html) == [escape(c.title) for c in expected]
    company = active(index).last()
    assert listed(get(client, index, q=company.title))[0] == escape(company.title)


def test_pagination_keeps_filters(client, directory):
    index = directory["en"]
    total = active(index).count()
    assert total > COMPANIES_PER_PAGE
    html = get(client, index, page=2, sort="name")
    assert listed(html) == [escape(c.title) for c in active(index)[COMPANIES_PER_PAGE:]]
    assert 'href="?page=1&amp;sort=name"' in html or 'href="?sort=name&amp;page=1"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"sector": "no-such-sector"},
        {"centre": "nowhere"},
        {"territory": "atlantis"},
        {"year_from": "abc", "year_to": "zzz"},
        {"year_from": "99999999999999999999"},
        {"open_to": "everything"},
        {"sort": "random"},
        {"page": "x"},
        {"page": "9999"},
        {"q": "x" * 10_000},
        {"q": " ".join(f"word{number}" for number in range(400))},
        {"q": ["first", "second"], "sector": ["a", "b", "c"]},
        {"q": "\x00 ' \" % _ <script>"},
    ],
)
def test_malformed_parameters_give_a_normal_page(client, directory, params):
    response = client.get(directory["en"].url, params)
    assert response.status_code == 200
    assert "<script>" not in response.text.split("<main")[1].split("</main>")[0]


def test_long_searches_are_shortened_and_the_visitor_is_told(client, directory):
    html = get(client, directory["en"], q=" ".join(["robot"] * 300))
    assert "Your search was long, so only its first words were used." in html


def test_zero_results_offer_a_way_out(client, directory):
    html = get(client, directory["es"], q="zzzxxyyqqq")
    assert "No hay empresas que coincidan" in html
    assert f'href="{directory["es"].url}"' in html


def test_suggestions_endpoint_returns_company_names(client, directory):
    index = directory["en"]
    company = active(index).first()
    response = client.get(f"{index.url}suggest/", {"q": company.title[:4]})
    data = json.loads(response.content)
    assert {"name": company.title, "url": company.url} in data["suggestions"]
    assert json.loads(client.get(f"{index.url}suggest/", {"q": "a"}).content) == {"suggestions": []}


def test_exports_follow_the_filters_and_neutralise_formulas(client, directory):
    index = directory["en"]
    company = active(index).first()
    company.tagline = '=HYPERLINK("http://evil.example")'
    company.save_revision().publish()
    territory = company.territory
    expected = active(index).filter(territory=territory)

    response = client.get(f"{index.url}export/csv/", {"territory": territory})
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Name"
    assert [row[0] for row in rows[1:]] == [c.title for c in expected]
    tagline = next(row[1] for row in rows[1:] if row[0] == company.title)
    assert tagline == '\'=HYPERLINK("http://evil.example")'

    data = json.loads(client.get(f"{index.url}export/json/", {"territory": territory}).content)
    assert [item["Name"] for item in data] == [c.title for c in expected]
    assert "Profile" in data[0] and "E-mail" in data[0]


def test_unknown_export_format_is_not_found(client, directory):
    assert client.get(f"{directory['en'].url}export/xml/").status_code == 404


def test_company_page_shows_profile_contacts_and_structured_data(client, directory):
    company = active(directory["es"]).exclude(email="").first()
    html = client.get(company.url).text
    assert escape(company.tagline) in html
    assert f'href="mailto:{company.email}"' in html
    assert f'href="tel:{company.phone.replace(" ", "")}"' in html
    sector = company.localized_sectors().first()
    assert f'?sector={sector.slug}">{escape(sector.name)}</a>' in html
    assert f"?centre={company.vet_centre.slug}" in html
    assert "Perfil actualizado por última vez" in html
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1]
    data = json.loads(raw)
    assert data["@type"] == "Organization"
    assert data["name"] == company.title
    assert data["address"]["addressLocality"] == company.town
    assert data["logo"].startswith("http")
    if company.founded_year:
        assert data["foundingDate"] == str(company.founded_year)


def test_company_pages_are_in_the_sitemap_with_alternates(client, directory):
    company = active(directory["en"]).first()
    xml = client.get("/sitemap.xml").text
    assert f"<loc>{company.full_url}</loc>" in xml
    basque = company.get_translation(directory["eu"].locale)
    assert f'hreflang="eu" href="{basque.full_url}"' in xml


def test_home_page_has_a_directory_teaser_with_search(client, directory):
    html = client.get("/es/").text
    section = html.split('id="directory-teaser-title"')[1].split("</section>")[0]
    assert f'action="{directory["es"].url}"' in section
    assert len(re.findall(r'class="company-card"', section)) == 4


def test_directory_query_count_does_not_grow_with_results(client, directory):
    index = directory["en"]

    def queries_for(params):
        client.get(index.url, params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index.url, params).status_code == 200
        return len(queries)

    company = active(index).first()
    narrow = {"sector": company.sectors.first().slug, "territory": company.territory}
    few = queries_for(narrow)
    many = queries_for({"sort": "name"})
    assert active(index).count() > COMPANIES_PER_PAGE > len(listed(get(client, index, **narrow)))
    assert many == few
    # Searching costs the same whether it finds one company or many.
    assert queries_for({"q": company.title}) == queries_for({"q": company.town})


def test_editors_list_filter_and_export_companies(client, directory):
    client.force_login(get_user_model().objects.get(username="editor"))
    response = client.get("/admin/companies/", {"status": "inactive"})
    assert response.status_code == 200
    inactive = CompanyPage.objects.filter(status="inactive").first()
    assert escape(inactive.title) in response.text
    export = client.get("/admin/companies/", {"export": "csv", "status": "inactive"})
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode("utf-8")
    assert inactive.title in content
    xlsx = client.get("/admin/companies/", {"export": "xlsx"})
    assert xlsx.status_code == 200


def test_company_page_shows_the_news_that_name_it(client, directory):
    from news.models import NewsPage

    company = active(directory["eu"]).first()
    article = NewsPage.objects.live().filter(locale=company.locale).first()
    article.related_companies.add(company)
    article.save_revision().publish()
    html = client.get(company.url).text
    assert "Albisteetan" in html
    assert f'href="{article.url}"' in html


def test_company_page_is_shared_with_its_logo(client, directory):
    company = active(directory["en"]).exclude(logo=None).first()
    html = client.get(company.url).text
    assert '<meta property="og:image" content="http' in html
    assert f'<meta property="og:image:alt" content="{escape(company.title)} logo">' in html


def test_company_pages_give_valid_machine_readable_dates(client, directory):
    # HTML allows at most three digits of a second's fraction: "Y-m-d" is what is meant here.
    valid = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([+-]\d{2}:\d{2}|Z)?)?")
    found = 0
    for company in CompanyPage.objects.live().filter(locale__language_code="eu"):
        for value in re.findall(r'<time datetime="([^"]*)"', client.get(company.url).text):
            assert valid.fullmatch(value), (company.url, value)
            found += 1
    assert found


@pytest.mark.parametrize(
    ("path", "one", "many"),
    [
        ("/es/directorio/", "empresa", "empresas"),
        ("/es/mercado/", "anuncio", "anuncios"),
        ("/eu/azoka/", "iragarki", "iragarki"),
    ],
)
def test_facet_counts_name_what_they_count_in_the_singular_or_plural(
    client, directory, path, one, many
):
    """Screen readers hear "(1 empresa)" and "(3 empresas)", not "(1 empresas)"."""
    counts = re.findall(
        r'\((\d+)<span class="visually-hidden"> ([^<]+)</span>\)', client.get(path).text
    )
    assert {count == "1" for count, _noun in counts} == {True, False}  # both kinds in the demo
    for count, noun in counts:
        assert noun == (one if count == "1" else many), (count, noun)


def chips(html):
    """Each chip's words and the query string its link leads to, as a dict of lists."""
    found = re.findall(
        r'<a class="chip chip--removable" href="[^"?]*\??([^"]*)">'
        r'<span class="visually-hidden">[^<]+</span>([^<]+)<span',
        html,
    )
    return {text.strip(): parse_qs(unescape(query)) for query, text in found}


@pytest.mark.parametrize(("language", "sector_label"), [("eu", "Sektorea"), ("es", "Sector")])
def test_each_search_and_filter_in_use_has_a_chip_that_removes_it_alone(
    client, directory, language, sector_label
):
    index = directory[language]
    first, second = Sector.objects.filter(locale=index.locale).order_by("slug")[:2]
    params = {"q": "Eibar", "sector": [first.slug, second.slug], "year_from": 2015, "page": 2}

    shown = chips(get(client, index, **params))

    rest = {"q": ["Eibar"], "sector": [first.slug, second.slug], "year_from": ["2015"]}
    assert shown[f"{sector_label}: {first.name}"] == {**rest, "sector": [second.slug]}
    assert shown[f"{sector_label}: {second.name}"] == {**rest, "sector": [first.slug]}
    assert {**rest, "q": []} in [{**query, "q": query.get("q", [])} for query in shown.values()]
    assert len(shown) == 4  # the search, two sectors and the first year, never the page
    assert all("page" not in query for query in shown.values())


def test_no_chips_without_filters(client, directory):
    assert chips(get(client, directory["en"])) == {}
