"""Import or update companies from a CSV or XLSX file, one row a company, texts per language.

Every row is checked before anything is written, and the import happens in one transaction:
all rows or none. Rows are matched by `slug`, so importing the same file again updates.
"""

import csv
from functools import partial
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from directory.models import (
    OPEN_TO,
    OPEN_TO_FIELDS,
    SHARED_FIELDS,
    CompanyPage,
    DirectoryIndexPage,
    Sector,
    TeamSize,
    Territory,
    VETCentre,
)
from home.rich_text import as_editor_saves, paragraphs
from home.translation import translate_with_texts

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
# The shared fields a row holds as they are stored: sectors and the VET centre come as
# slugs, "open to" as keys, and logos are not imported.
SYNCHRONISED_FIELDS = [
    name for name in SHARED_FIELDS if name not in {"logo", "sectors", "vet_centre", *OPEN_TO_FIELDS}
]


def split_list(value):
    return [item.strip() for item in (value or "").split(";") if item.strip()]


class CompanyRow(forms.Form):
    slug = forms.SlugField(max_length=255)
    name = forms.CharField(max_length=255)
    status = forms.ChoiceField(choices=CompanyPage.Status.choices, required=False)
    sectors = forms.CharField(required=False)
    vet_centre = forms.CharField(required=False)
    cohort_year = forms.IntegerField(required=False, min_value=2000, max_value=2100)
    founded_year = forms.IntegerField(required=False, min_value=1950, max_value=2100)
    territory = forms.ChoiceField(choices=Territory.choices)
    town = forms.CharField(required=False, max_length=80)
    website = forms.URLField(required=False, assume_scheme="https")
    email = forms.EmailField(required=False)
    phone = forms.CharField(required=False, max_length=40)
    linkedin_url = forms.URLField(required=False, assume_scheme="https")
    x_url = forms.URLField(required=False, assume_scheme="https")
    instagram_url = forms.URLField(required=False, assume_scheme="https")
    team_size = forms.ChoiceField(choices=[("", ""), *TeamSize.choices], required=False)
    open_to = forms.CharField(required=False)

    def __init__(self, *args, sectors, centres, **kwargs):
        super().__init__(*args, **kwargs)
        self.known_sectors = sectors
        self.known_centres = centres
        for language in LANGUAGES:
            required = language == SOURCE_LANGUAGE
            self.fields[f"tagline_{language}"] = forms.CharField(max_length=160, required=required)
            self.fields[f"description_{language}"] = forms.CharField(required=False)
            self.fields[f"services_{language}"] = forms.CharField(required=False)

    def clean_status(self):
        return self.cleaned_data["status"] or CompanyPage.Status.ACTIVE

    def clean_sectors(self):
        slugs = split_list(self.cleaned_data["sectors"])
        unknown = [slug for slug in slugs if slug not in self.known_sectors]
        if unknown:
            raise forms.ValidationError(
                _("Unknown sector: %(slugs)s.") % {"slugs": ", ".join(unknown)}
            )
        return [self.known_sectors[slug] for slug in slugs]

    def clean_vet_centre(self):
        slug = self.cleaned_data["vet_centre"].strip()
        if slug and slug not in self.known_centres:
            raise forms.ValidationError(_("Unknown VET centre: %(slug)s.") % {"slug": slug})
        return self.known_centres.get(slug)

    def clean_open_to(self):
        keys = split_list(self.cleaned_data["open_to"])
        unknown = [key for key in keys if key not in OPEN_TO]
        if unknown:
            raise forms.ValidationError(
                _("Unknown “open to” value: %(values)s (use %(known)s).")
                % {"values": ", ".join(unknown), "known": ", ".join(OPEN_TO)}
            )
        return keys


def read_rows(path):
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        rows = sheet.iter_rows(values_only=True)
        headings = [str(cell or "").strip() for cell in next(rows, [])]
        return [
            {
                heading: "" if cell is None else str(cell).strip()
                for heading, cell in zip(headings, row, strict=False)
            }
            for row in rows
            if any(cell not in (None, "") for cell in row)
        ]
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as file:
            return [
                {key.strip(): (value or "").strip() for key, value in row.items() if key}
                for row in csv.DictReader(file)
            ]
    raise CommandError("The file must be a .csv or an .xlsx file.")


class Command(BaseCommand):
    help = "Import or update companies from a CSV or XLSX file (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; change nothing."
        )

    def handle(self, *args, file, dry_run=False, **options):
        if not file.exists():
            raise CommandError(f"No such file: {file}")
        index = DirectoryIndexPage.objects.filter(locale__language_code=SOURCE_LANGUAGE).first()
        if index is None:
            raise CommandError("Create the directory page before importing companies.")

        rows = self.validate(read_rows(file))
        created = updated = 0
        with transaction.atomic():
            for row in rows:
                if self.save(index, row):
                    created += 1
                else:
                    updated += 1
            if dry_run:
                transaction.set_rollback(True)
        outcome = "Would import" if dry_run else "Imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{outcome} {len(rows)} companies: {created} new, {updated} updated."
            )
        )

    def validate(self, raw_rows):
        sectors = {
            sector.slug: sector
            for sector in Sector.objects.filter(locale__language_code=SOURCE_LANGUAGE)
        }
        centres = {centre.slug: centre for centre in VETCentre.objects.all()}
        rows, errors, slugs = [], [], {}
        # Row 1 is the headings, so data starts at row 2, as a spreadsheet numbers it.
        for number, raw in enumerate(raw_rows, start=2):
            form = CompanyRow(raw, sectors=sectors, centres=centres)
            if not form.is_valid():
                for field, messages in form.errors.items():
                    errors.extend(f"Row {number}, {field}: {message}" for message in messages)
                continue
            slug = form.cleaned_data["slug"]
            if slug in slugs:
                errors.append(f"Row {number}, slug: “{slug}” is already used in row {slugs[slug]}.")
            slugs[slug] = number
            rows.append(form.cleaned_data)
        if not raw_rows:
            errors.append("The file has no companies.")
        if errors:
            raise CommandError("Nothing was imported:\n" + "\n".join(errors))
        return rows

    def save(self, index, row):
        """Create or update one company in every language; True when it is new."""
        company = CompanyPage.objects.child_of(index).filter(slug=row["slug"]).first()
        created = company is None
        if created:
            company = CompanyPage(slug=row["slug"], locale=index.locale)
        self.set_texts(company, row, SOURCE_LANGUAGE)
        for field in SYNCHRONISED_FIELDS:
            if row[field] is not None:
                setattr(company, field, row[field])
        company.vet_centre = row["vet_centre"]
        for key, (flag, _label) in OPEN_TO.items():
            setattr(company, flag, key in row["open_to"])
        if created:
            index.add_child(instance=company)
        company.sectors = row["sectors"]
        self.set_services(company, row, SOURCE_LANGUAGE)
        company.save_revision().publish()

        translate_with_texts(
            company,
            {
                Locale.objects.get(language_code=language): partial(
                    self.set_texts, row=row, language=language
                )
                for language in LANGUAGES
                if language != SOURCE_LANGUAGE
            },
            complete=False,
            finish=lambda page, locale: self.set_services(page, row, locale.language_code),
        )
        return created

    def set_services(self, company, row, language):
        services = split_list(row[f"services_{language}"])
        if services or language == SOURCE_LANGUAGE:
            company.services.set(services)

    def set_texts(self, company, row, language):
        company.title = row["name"]
        company.slug = row["slug"]
        company.tagline = row[f"tagline_{language}"]
        company.description = as_editor_saves(
            paragraphs(row[f"description_{language}"]), CompanyPage.description.field.features
        )
