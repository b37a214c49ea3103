"""Spreadsheets the site produces: read as the listings they come from (local times, yes and no
rather than True and False), and no cell a visitor or representative wrote runs as a formula."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext

# Spreadsheet programs run a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value` for a spreadsheet cell: text that would start a formula gets an apostrophe in
    front, which spreadsheet programs read as "this is text"; other values stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


def readable(value):
    """`value` as the admin shows it: a moment in local time (to the second), a yes or a no."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None, microsecond=0)
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    return value


class SiteExportMixin:
    """For Wagtail's listing and report views: their CSV and Excel exports, readable and
    neutralised."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, readable(value), export_format)
        return neutralise(value)
