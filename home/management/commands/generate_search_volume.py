"""Add synthetic content in every language on top of the demo, for performance work."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from home.demo.volume import add_volume


def volume_generators():
    """Each app's generator (its AppConfig's `volume_generator`), in the order of
    INSTALLED_APPS: the directory's companies come before the listings that belong to them."""
    return [
        import_string(config.volume_generator)()
        for config in apps.get_app_configs()
        if getattr(config, "volume_generator", None)
    ]


class Command(BaseCommand):
    help = (
        "Add synthetic companies, news and listings in every language on top of seed_demo's "
        "content, to measure the site's searches at a realistic volume."
    )

    def add_arguments(self, parser):
        for generator in volume_generators():
            parser.add_argument(
                f"--{generator.name}", type=int, default=generator.default, help=generator.help
            )
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never on a live site)."
        )

    def handle(self, *args, seed, force, **options):
        generators = volume_generators()
        counts = {generator.name: options[generator.name] for generator in generators}
        add_volume(generators, counts, seed=seed, force=force, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Synthetic content added in every language."))
