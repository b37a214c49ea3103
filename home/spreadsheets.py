"""Spreadsheets the site produces: no cell a visitor or representative wrote runs as a formula."""

# Spreadsheet programs run a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value` for a spreadsheet cell: text that would start a formula gets an apostrophe in
    front, which spreadsheet programs read as "this is text"; other values stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


class NeutralisedExportMixin:
    """For Wagtail's listing and report views: their CSV and Excel exports, neutralised."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
