"""Archive the database and the uploaded files."""

from django.core.management.base import BaseCommand, CommandError

from home import backup


class Command(BaseCommand):
    help = (
        "Write the database and the uploaded files to one dated archive, "
        "backups/tknika-hub-YYYYmmdd-HHMMSS.tar.gz unless --output names another."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Path of the archive to write (.tar.gz).")

    def handle(self, *args, output=None, **options):
        try:
            path, manifest = backup.backup(output)
        except backup.BackupError as error:
            raise CommandError(error) from error
        if not manifest["media"]:
            self.stdout.write(
                "Uploads are in object storage, kept by the bucket's versioning: "
                "the archive holds the database only."
            )
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
