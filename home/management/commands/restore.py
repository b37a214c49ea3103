"""Restore a backup into an empty database and media folder."""

from django.core.management.base import BaseCommand, CommandError

from home import backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by the backup command into this site's database and "
        "MEDIA_ROOT, which must be empty unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by the backup command.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the database's contents and add the files to a media folder in use.",
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest = backup.restore(archive, force=force)
        except backup.BackupError as error:
            raise CommandError(error) from error
        if not manifest["media"]:
            self.stdout.write("No media files restored: uploads are in object storage.")
        self.stdout.write(self.style.SUCCESS(f"Restored the backup of {manifest['created']}"))
