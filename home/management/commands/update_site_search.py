from django.core.management.base import BaseCommand

from home.search import index_all


class Command(BaseCommand):
    help = "Write the site search's entry of every live page it finds, in every language."

    def handle(self, *args, **options):
        index_all()
        self.stdout.write(self.style.SUCCESS("The site search is up to date."))
