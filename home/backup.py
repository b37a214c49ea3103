"""Backups: the database and the uploaded files in one archive, restored into an empty site.

An archive holds `backup.json` (what is inside), the database (`database.dump`, PostgreSQL's
custom format, or `database.sqlite3`) and, when uploads are on disk, MEDIA_ROOT under `media/`.
Uploads in object storage are kept by the bucket's own versioning, not archived here.
"""

import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from contextlib import closing
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

MANIFEST = "backup.json"
DUMPS = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
MEDIA = "media"


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why."""


def default_path():
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    return settings.BASE_DIR / "backups" / f"tknika-hub-{stamp}.tar.gz"


def media_on_disk():
    return isinstance(storages["default"], FileSystemStorage)


def backup(output=None):
    """Write one archive of the database and, when they are on disk, the uploaded files.
    Returns its path and its manifest."""
    connection = connections[DEFAULT_DB_ALIAS]
    dump_name = dump_name_for(connection.vendor)
    media_root = Path(settings.MEDIA_ROOT)
    output = Path(output or default_path())
    output.parent.mkdir(parents=True, exist_ok=True)
    manifest = {
        "created": timezone.localtime().isoformat(timespec="seconds"),
        "database": connection.vendor,
        "media": media_on_disk(),
    }
    partial = output.with_name(f"{output.name}.partial")
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / dump_name
        dump_database(connection, dump)
        (Path(scratch) / MANIFEST).write_text(json.dumps(manifest, indent=2))
        partial.touch(mode=0o600)  # password hashes and personal data: for the owner only
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(Path(scratch) / MANIFEST, MANIFEST)
            archive.add(dump, dump_name)
            if manifest["media"] and media_root.is_dir():
                archive.add(media_root, MEDIA)
    partial.replace(output)  # never a half-written archive under the final name
    return output, manifest


def restore(path, force=False):
    """Restore an archive into this site's database and MEDIA_ROOT, which must be empty unless
    `force`. Returns the archive's manifest."""
    connection = connections[DEFAULT_DB_ALIAS]
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory() as scratch:
        try:
            manifest = json.load(archive.extractfile(MANIFEST))
        except KeyError:
            raise BackupError(f"{path} is not a backup of this site (no {MANIFEST}).") from None
        if manifest["database"] != connection.vendor:
            raise BackupError(
                f"The archive holds a {manifest['database']} database; "
                f"this site uses {connection.vendor}."
            )
        restore_media = manifest["media"] and media_on_disk()
        if not force:
            if not database_is_empty(connection):
                raise BackupError(
                    "The database is not empty; restore into a new database, or use --force "
                    "to replace its contents."
                )
            if restore_media and media_root.is_dir() and any(media_root.iterdir()):
                raise BackupError(
                    f"The media folder {media_root} is not empty; restore into an empty one, or "
                    "use --force to add the archived files to it."
                )
        dump_name = dump_name_for(connection.vendor)
        archive.extract(dump_name, scratch, filter="data")
        connection.close()
        load_database(connection, Path(scratch) / dump_name)
        if restore_media:
            archive.extractall(media_root, members=media_members(archive), filter="data")
    return {**manifest, "media": restore_media}


def dump_name_for(vendor):
    try:
        return DUMPS[vendor]
    except KeyError:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.") from None


def dump_database(connection, dump):
    if connection.vendor == "postgresql":
        run_postgres("pg_dump", connection, ["--format=custom", "--no-owner", f"--file={dump}"])
    else:
        with closing(sqlite3.connect(sqlite_uri(connection, "ro"), uri=True)) as source:
            with closing(sqlite3.connect(dump)) as target:
                source.backup(target)


def load_database(connection, dump):
    if connection.vendor == "postgresql":
        # --clean drops what --force replaces; in an empty database it finds nothing to drop.
        options = ["--no-owner", "--no-acl", "--clean", "--if-exists", "--single-transaction"]
        run_postgres("pg_restore", connection, [*options, "--exit-on-error", "--dbname"], dump)
    else:
        with closing(sqlite3.connect(dump)) as source:
            with closing(sqlite3.connect(sqlite_uri(connection, "rwc"), uri=True)) as target:
                source.backup(target)


def run_postgres(program, connection, options, *arguments):
    """Run one of PostgreSQL's client programs on the site's database, connected as Django's
    dbshell connects (host, port, user; password and SSL options in the environment)."""
    # Options come right before the database name: ["--dbname"] ends them as "--dbname NAME".
    args, env = connection.client.settings_to_cmd_args_env(connection.settings_dict, options)
    try:
        subprocess.run(  # noqa: S603 (arguments from settings, no shell)
            [program, *args[1:], *map(str, arguments)],
            env={**os.environ, **(env or {})},
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:
        raise BackupError(
            f"{program} is not installed (apt-get install postgresql-client)."
        ) from None
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{program} failed: {error.stderr.strip()}") from None


def sqlite_uri(connection, mode):
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return f"{Path(name).resolve().as_uri()}?mode={mode}"


def database_is_empty(connection):
    """No tables, or only Django's migration record with nothing recorded in it."""
    recorder = MigrationRecorder(connection)
    tables = set(connection.introspection.table_names()) - {recorder.Migration._meta.db_table}
    return not tables and not (recorder.has_table() and recorder.migration_qs.exists())


def media_members(archive):
    """The archive's media files, named relative to MEDIA_ROOT."""
    prefix = f"{MEDIA}/"
    for member in archive.getmembers():
        if member.name.startswith(prefix):
            member.name = member.name.removeprefix(prefix)
            yield member
