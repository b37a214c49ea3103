"""Screenshots of every page type in each language at phone, tablet and desktop widths, for
looking at the whole site in a minute (`make screenshots`; needs the development requirements
and Chromium). Not a test: the browser tests check layouts."""

import re
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

CHROMIUM = "/usr/bin/chromium"
WIDTHS = (320, 390, 768, 1366)
OUTPUT = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"


def page_types(sitemap):
    """Each language's home page, and each section's index and first page below it."""
    chosen = {}
    for url in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        path = urlparse(url).path
        parts = path.strip("/").split("/")
        chosen.setdefault((*parts[:2], len(parts) > 2), path)
    return sorted(chosen.values())


class Command(BaseCommand):
    help = "Screenshots of each page type in each language at 320, 390, 768 and 1366 px."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url", default="http://127.0.0.1:8000", help="A running site (make run)."
        )

    def handle(self, *args, base_url, **options):
        try:
            from playwright.sync_api import Error, sync_playwright
        except ImportError as error:
            raise CommandError("Install the development requirements (make install).") from error
        if not Path(CHROMIUM).exists():
            raise CommandError(f"Chromium is not at {CHROMIUM} (apt-get install chromium).")
        OUTPUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            context = browser.new_context(base_url=base_url)
            try:
                paths = page_types(context.request.get("/sitemap.xml").text())
            except Error as error:
                message = f"No site answers at {base_url}: start one with make run."
                raise CommandError(message) from error
            page = context.new_page()
            for path in paths:
                name = path.strip("/").replace("/", "--") or "root"
                for width in WIDTHS:
                    page.set_viewport_size({"width": width, "height": 900})
                    page.goto(path)
                    page.screenshot(path=OUTPUT / f"{name}--{width}.png", full_page=True)
                self.stdout.write(path)
            browser.close()
        self.stdout.write(f"{len(paths) * len(WIDTHS)} screenshots in {OUTPUT}.")
