import csv
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation
from openpyxl import Workbook

from directory.models import CompanyPage, Sector, VETCentre
from home.rich_text import plain_text

EXAMPLE = Path(settings.BASE_DIR) / "directory" / "import_example.csv"


@pytest.fixture
def row(db):
    sector = Sector.objects.filter(locale__language_code="eu").first()
    return {
        "slug": "hondartza-labs",
        "name": "Hondartza Labs",
        "status": "active",
        "sectors": sector.slug,
        "vet_centre": VETCentre.objects.first().slug,
        "cohort_year": "2024",
        "founded_year": "2024",
        "territory": "bizkaia",
        "town": "Bermeo",
        "website": "https://hondartza.example",
        "email": "kaixo@hondartza.example",
        "phone": "+34 946 000 000",
        "linkedin_url": "",
        "x_url": "",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": "clients;hiring",
        "tagline_eu": "Itsas sentsoreak arrantza-ontzientzat",
        "tagline_es": "Sensores marinos para barcos de pesca",
        "tagline_en": "Marine sensors for fishing boats",
        "description_eu": "Lehen paragrafoa.\n\nBigarren paragrafoa.",
        "description_es": "Primer párrafo.\n\nSegundo párrafo.",
        "description_en": "First paragraph.\n\nSecond paragraph.",
        "services_eu": "sentsoreak;datuak",
        "services_es": "sensores;datos",
        "services_en": "sensors;data",
    }


def write_csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path, **options):
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_companies", str(path), stdout=out, **options)
    return out.getvalue()


def test_import_creates_the_company_in_every_language(tmp_path, row):
    output = run(write_csv(tmp_path / "companies.csv", [row]))
    assert "1 new, 0 updated" in output
    translations = {
        page.locale.language_code: page.specific
        for page in CompanyPage.objects.get(slug="hondartza-labs", locale__language_code="eu")
        .get_translations(inclusive=True)
        .select_related("locale")
    }
    assert set(translations) == {"eu", "es", "en"}
    assert translations["es"].tagline == "Sensores marinos para barcos de pesca"
    assert plain_text(translations["en"].description) == "First paragraph.\n\nSecond paragraph."
    assert sorted(translations["es"].services.names()) == ["datos", "sensores"]
    assert all(page.live and page.town == "Bermeo" for page in translations.values())
    assert translations["en"].open_to_hiring and not translations["en"].open_to_partners


def test_reimporting_updates_instead_of_duplicating(tmp_path, row):
    path = write_csv(tmp_path / "companies.csv", [row])
    run(path)
    row["tagline_en"] = "Smart marine sensors"
    row["town"] = "Mundaka"
    output = run(write_csv(path, [row]))
    assert "0 new, 1 updated" in output
    assert CompanyPage.objects.filter(slug="hondartza-labs").count() == 3
    english = CompanyPage.objects.get(slug="hondartza-labs", locale__language_code="en")
    assert english.tagline == "Smart marine sensors"
    assert english.town == "Mundaka"


def test_dry_run_reports_and_changes_nothing(tmp_path, row):
    output = run(write_csv(tmp_path / "companies.csv", [row]), dry_run=True)
    assert "Would import 1 companies: 1 new" in output
    assert not CompanyPage.objects.filter(slug="hondartza-labs").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"slug": "Not a slug!"}, "Row 3, slug:"),
        ({"name": ""}, "Row 3, name: This field is required."),
        ({"sectors": "space-travel"}, "Row 3, sectors: Unknown sector: space-travel."),
        ({"vet_centre": "hogwarts"}, "Row 3, vet_centre: Unknown VET centre: hogwarts."),
        ({"cohort_year": "next year"}, "Row 3, cohort_year:"),
        ({"territory": "atlantis"}, "Row 3, territory:"),
        ({"email": "not-an-email"}, "Row 3, email:"),
        ({"website": "javascript:alert(1)"}, "Row 3, website:"),
        ({"open_to": "everyone"}, "Row 3, open_to: Unknown “open to” value: everyone"),
        ({"tagline_eu": ""}, "Row 3, tagline_eu: This field is required."),
        ({"slug": "hondartza-labs"}, "Row 3, slug: “hondartza-labs” is already used in row 2."),
    ],
)
def test_any_invalid_row_stops_the_whole_import(tmp_path, row, change, message):
    second = {**row, "slug": "second-company", "name": "Second", **change}
    path = write_csv(tmp_path / "companies.csv", [row, second])
    with pytest.raises(CommandError) as error:
        run(path)
    assert "Nothing was imported" in str(error.value)
    assert message in str(error.value)
    assert not CompanyPage.objects.filter(slug__in=["hondartza-labs", "second-company"]).exists()


def test_all_errors_are_reported_at_once(tmp_path, row):
    bad = [{**row, "slug": f"bad-{n}", "email": "nope", "territory": "mars"} for n in range(2)]
    with pytest.raises(CommandError) as error:
        run(write_csv(tmp_path / "companies.csv", bad))
    text = str(error.value)
    for number in (2, 3):
        assert f"Row {number}, email:" in text
        assert f"Row {number}, territory:" in text


def test_xlsx_files_import_too(tmp_path, row):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(row))
    sheet.append([int(v) if v.isdigit() else v for v in row.values()])
    path = tmp_path / "companies.xlsx"
    workbook.save(path)
    assert "1 new" in run(path)


def test_unsupported_files_are_refused(tmp_path, db):
    path = tmp_path / "companies.txt"
    path.write_text("hello")
    with pytest.raises(CommandError, match=".csv or an .xlsx"):
        run(path)


def test_the_shipped_example_file_imports(db):
    output = run(EXAMPLE, dry_run=True)
    assert "Would import" in output
