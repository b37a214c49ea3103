"""Compile the project's .po files with polib, so no system gettext is needed."""

import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def po_files():
    for locale_path in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po"))


def compiled(po_path):
    """The .mo bytes for a .po file (fuzzy entries left out, as msgfmt does)."""
    catalogue = polib.pofile(str(po_path))
    with tempfile.NamedTemporaryFile(suffix=".mo") as mo_file:
        catalogue.save_as_mofile(mo_file.name)
        return Path(mo_file.name).read_bytes()


class Command(BaseCommand):
    help = "Compile every .po file under LOCALE_PATHS into its .mo file."

    def handle(self, *args, **options):
        for po_path in po_files():
            po_path.with_suffix(".mo").write_bytes(compiled(po_path))
            self.stdout.write(f"Compiled {po_path.relative_to(settings.BASE_DIR)}")
