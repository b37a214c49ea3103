"""A backup of the demo site, restored into a new database and media folder, serves the site
with its images."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from psycopg import sql

from directory.models import CompanyPage

# Runs in the restored site: each page's status and HTML, as the test client gets them.
RENDER = """
import json, os
from django.test import Client
client = Client()
responses = {path: client.get(path) for path in json.loads(os.environ["PAGES"])}
print(json.dumps({path: [r.status_code, r.content.decode()] for path, r in responses.items()}))
"""
MEDIA_FILE = re.compile(rf'{re.escape(settings.MEDIA_URL)}([^"\s,?]+)')


def manage(*args, database_url, media_root, **environ):
    """manage.py run as on a server, with the database and media folder given."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
    env.update(
        DJANGO_SETTINGS_MODULE="site_cms.settings.dev",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        **environ,
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def database_url(name):
    return os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="module")
def archive(django_db_setup, seed_template, tmp_path_factory):
    """A backup of the seeded demo: its committed copy, which the tests' transactions leave
    alone (a PostgreSQL template database, or a SQLite file copied from the one in memory)."""
    directory = tmp_path_factory.mktemp("backup")
    if connection.vendor == "postgresql":
        source = database_url(seed_template.name)
    else:
        source = seed_template.browser_database(directory, "localhost", 80)
    path = directory / "tknika-hub.tar.gz"
    made = manage("backup", "--output", path, database_url=source, media_root=settings.MEDIA_ROOT)
    assert made.returncode == 0, made.stderr
    return path


@pytest.fixture
def new_database(tmp_path, seed_template):
    """The URL of a database that does not exist yet, or exists and is empty."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{connection.settings_dict['NAME']}_restore"
    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    with seed_template.connect() as server:
        server.execute(drop)
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield database_url(name)
    with seed_template.connect() as server:
        server.execute(drop)


@pytest.mark.django_db
def test_a_restored_backup_serves_pages_with_their_images(archive, new_database, pages, tmp_path):
    company = CompanyPage.objects.live().filter(locale__language_code="eu", logo__isnull=False)[0]
    paths = [pages["home"]["eu"].url, company.url]
    media_root = tmp_path / "media"

    restored = manage("restore", archive, database_url=new_database, media_root=media_root)
    assert restored.returncode == 0, restored.stderr
    rendered = manage(
        "shell",
        "--no-imports",
        "-c",
        RENDER,
        database_url=new_database,
        media_root=media_root,
        PAGES=json.dumps(paths),
    )
    assert rendered.returncode == 0, rendered.stderr

    responses = json.loads(rendered.stdout.splitlines()[-1])
    for path in paths:
        status, html = responses[path]
        assert status == 200, path
        images = set(MEDIA_FILE.findall(html))
        assert images, f"{path} shows no images"
        missing = [name for name in images if not (media_root / name).is_file()]
        assert not missing, f"{path} refers to files the restore did not bring back: {missing}"
    # Rendition names keep the start of the original's name (Wagtail shortens the rest).
    logo = Path(company.logo.file.name).stem[:20]
    company_images = MEDIA_FILE.findall(responses[company.url][1])
    assert any(name.startswith(f"images/{logo}") for name in company_images), company_images


@pytest.mark.django_db
def test_restore_refuses_a_database_with_content(archive):
    with pytest.raises(CommandError, match="database is not empty"):
        call_command("restore", archive)
