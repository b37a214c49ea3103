"""The seeded demo database, built once and reused.

Seeding is most of a test session's start-up, so the seeded database is kept as a template, keyed
by what shapes it: a SQLite file in test-artifacts/, or a PostgreSQL template database. A session
whose key matches restores the template instead of seeding, and the browser tests' server starts
from a copy of it.
"""

import hashlib
import io
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import dj_database_url
import psycopg
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connections
from django.utils import timezone
from psycopg import sql
from wagtail.images import get_image_model
from wagtail.models import Site

ARTIFACTS = settings.BASE_DIR / "test-artifacts"
SEEDED_BY = ("home", "news", "directory", "marketplace", "site_cms")
SEED_ENVIRONMENT = ("DEMO_PASSWORD", "SITE_HOSTNAME", "SITE_PORT")  # what seed_demo reads


def seed_key():
    """Changes with the apps' code and demo content, the pinned packages, what seed_demo reads
    from the environment, and the day (listings and confirmations are dated from today)."""
    digest = hashlib.sha256()
    base = settings.BASE_DIR
    sources = sorted(path for folder in SEEDED_BY for path in (base / folder).rglob("*.py"))
    for path in [*sources, base / "requirements.txt"]:
        digest.update(f"{path.relative_to(base)}\0".encode())
        digest.update(path.read_bytes())
    digest.update(timezone.localdate().isoformat().encode())
    for name in SEED_ENVIRONMENT:
        digest.update(f"\0{name}={os.environ.get(name, '')}".encode())
    return digest.hexdigest()[:16]


def seed():
    call_command("seed_demo", force=True, stdout=io.StringIO())


def media_present(cursor):
    """Whether every image and rendition file the database refers to is in MEDIA_ROOT."""
    image_model = get_image_model()
    tables = (image_model._meta.db_table, image_model.get_rendition_model()._meta.db_table)
    cursor.execute(" UNION ALL ".join(f"SELECT file FROM {table}" for table in tables))  # noqa: S608
    return all((Path(settings.MEDIA_ROOT) / name).is_file() for (name,) in cursor.fetchall())


def for_connection(connection):
    templates = {"sqlite": SQLiteTemplate, "postgresql": PostgresTemplate}
    return templates[connection.vendor](connection)


class SQLiteTemplate:
    """A file copied with SQLite's backup API: the test database lives in memory."""

    def __init__(self, connection):
        self.connection = connection
        self.path = ARTIFACTS / f"seed-{seed_key()}.sqlite3"
        # The seeded database in memory, so concurrent sessions replacing the file do no harm.
        self.seeded = None

    def prepare_test_database(self):
        """Before the test database is created: read the saved seed if it is usable."""
        saved = sqlite3.connect(":memory:")
        try:
            with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as source:
                source.backup(saved)
        except sqlite3.OperationalError:  # not saved yet
            saved.close()
            return
        with closing(saved.cursor()) as cursor:
            if not media_present(cursor):
                saved.close()
                return
        self.seeded = saved
        # The restore replaces the whole database: tables made from the models are enough.
        self.connection.settings_dict["TEST"]["MIGRATE"] = False

    def fill_test_database(self):
        self.connection.ensure_connection()
        if self.seeded:
            self.seeded.backup(self.connection.connection)
            # Filled while the throwaway tables were made, with their ids.
            ContentType.objects.clear_cache()
            return
        seed()
        self.seeded = sqlite3.connect(":memory:")
        self.connection.connection.backup(self.seeded)
        self.save()

    def save(self):
        ARTIFACTS.mkdir(exist_ok=True)
        for stale in ARTIFACTS.glob("seed-*.sqlite3"):
            stale.unlink(missing_ok=True)
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}")
        with closing(sqlite3.connect(partial)) as target:
            self.seeded.backup(target)
        partial.replace(self.path)  # whole or not at all, for a session starting meanwhile

    def browser_database(self, directory, hostname, port, label="browser"):
        """A copy of the seeded database for a server at hostname:port; its DATABASE_URL."""
        path = directory / f"{label}.sqlite3"
        with closing(sqlite3.connect(path)) as target:
            self.seeded.backup(target)
            target.execute(
                f"UPDATE {Site._meta.db_table} SET hostname = ?, port = ? "  # noqa: S608
                "WHERE is_default_site",
                (hostname, port),
            )
            target.commit()
        return f"sqlite:///{path}"


class PostgresTemplate:
    """A template database beside the test database: CREATE DATABASE ... TEMPLATE copies it."""

    def __init__(self, connection):
        self.connection = connection
        test_database = connection.creation._get_test_db_name()
        self.prefix = f"{test_database}_seed_"
        self.name = self.prefix + seed_key()[:8]
        self.cached = False

    def connect(self, database="postgres"):
        config = self.connection.settings_dict
        return psycopg.connect(
            host=config["HOST"] or None,
            port=config["PORT"] or None,
            user=config["USER"] or None,
            password=config["PASSWORD"] or None,
            dbname=database,
            autocommit=True,
        )

    def prepare_test_database(self):
        """Before the test database is created: make it from the template if one is usable,
        and drop templates of other keys or whose images are gone."""
        with self.connect() as server:
            templates = server.execute(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %s)", [self.prefix]
            ).fetchall()
            for (name,) in templates:
                if name == self.name and self.media_present(name):
                    self.cached = True
                    continue
                try:
                    server.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))
                except psycopg.errors.ObjectInUse:  # another session is copying it
                    pass
        if self.cached:
            self.connection.settings_dict["TEST"]["TEMPLATE"] = self.name

    def media_present(self, database):
        with self.connect(database) as template, template.cursor() as cursor:
            return media_present(cursor)

    def fill_test_database(self):
        if self.cached:
            return
        seed()
        test_database = self.connection.settings_dict["NAME"]
        connections.close_all()  # a template database must have no open connections
        with self.connect() as server:
            try:
                server.execute(
                    sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                        sql.Identifier(self.name), sql.Identifier(test_database)
                    )
                )
            except psycopg.errors.DuplicateDatabase:  # a concurrent session made it
                pass

    def browser_database(self, directory, hostname, port, label="browser"):
        """A copy of the template for a server at hostname:port; its DATABASE_URL. Servers that
        run at the same time take copies with different labels."""
        url = os.environ["DATABASE_URL"]
        name = f"{dj_database_url.parse(url)['NAME']}_{label}"
        with self.connect() as server:
            server.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            server.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(self.name)
                )
            )
        with self.connect(name) as browser:
            browser.execute(
                sql.SQL("UPDATE {} SET hostname = %s, port = %s WHERE is_default_site").format(
                    sql.Identifier(Site._meta.db_table)
                ),
                (hostname, port),
            )
        return url.rsplit("/", 1)[0] + f"/{name}"
