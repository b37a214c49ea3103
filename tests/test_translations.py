"""Interface translations: complete for eu and es, compiled .mo files current and committed."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

from home.management.commands.compile_translations import compiled, po_files

LANGUAGES = ["eu", "es"]
PO_FILES = list(po_files())


def test_every_translated_language_has_a_catalogue():
    languages = {po.parts[-3] for po in PO_FILES}
    assert set(LANGUAGES) <= languages


@pytest.mark.parametrize("po_path", PO_FILES, ids=lambda path: path.parts[-3])
def test_catalogue_is_complete(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated in {po_path}: {untranslated}"
    assert not fuzzy, f"fuzzy in {po_path}: {fuzzy}"


@pytest.mark.parametrize("po_path", PO_FILES, ids=lambda path: path.parts[-3])
def test_compiled_catalogue_is_current(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run `make translations`"
    assert mo_path.read_bytes() == compiled(po_path), f"{mo_path} is stale: run `make translations`"


@pytest.mark.skipif(
    shutil.which("xgettext") is None and os.environ.get("CI") != "true",
    reason="GNU gettext (xgettext) is not installed here; CI installs it and runs this test",
)
def test_catalogues_hold_every_interface_string(tmp_path):
    """Extract strings afresh into a copy of the project and compare with the committed .po."""
    project = Path(settings.BASE_DIR)
    copy = tmp_path / "project"
    shutil.copytree(
        project,
        copy,
        ignore=shutil.ignore_patterns(
            # var/ holds what running servers write (such as make serve's socket).
            ".venv",
            ".git",
            "media",
            "staticfiles",
            "test-artifacts",
            "var",
            "*.sqlite3",
            "__pycache__",
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--locale",
            "eu",
            "--no-obsolete",
            "--ignore",
            "tests/*",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    fresh = {entry.msgid for entry in polib.pofile(str(copy / "locale/eu/LC_MESSAGES/django.po"))}
    committed = {
        entry.msgid for entry in polib.pofile(str(project / "locale/eu/LC_MESSAGES/django.po"))
    }
    missing = sorted(fresh - committed)
    assert not missing, f"strings missing from the catalogue (run `make translations`): {missing}"
