"""Measure the site search and its suggestions (p50/p95) in process; not a test."""

import itertools

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings

from home.benchmark import percentiles, timed_get
from home.demo.volume import LANGUAGES
from home.models import SearchEntry, SearchPage

ROBOTS = "robots.txt (for scale)"
SEARCH_TARGET = 100  # ms, p95
SUGGESTIONS_TARGET = 30
# Words of home/demo/vocabulary.py: common ones are in nearly every synthetic page, uncommon
# ones in a few in a hundred (a company's name, read from the database, in one or two).
COMMON = {
    "eu": ["enpresa", "ikasle", "ikastetxe"],
    "es": ["empresa", "estudiante", "centro"],
    "en": ["company", "student", "college"],
}
UNCOMMON = {
    "eu": ["hondartza", "grafeno", "txalaparta"],
    "es": ["playa", "grafeno", "txalaparta"],
    "en": ["beach", "graphene", "txalaparta"],
}
TWO_WORDS = {"eu": ["eguzki energia"], "es": ["energía solar"], "en": ["solar energy"]}
MISSPELT = {
    "eu": ["enpersa", "robtika"],
    "es": ["emrpesa", "robtica"],
    "en": ["compnay", "robtics"],
}
BASQUE_INFLECTIONS = ["enpresentzat", "ikastetxeetan", "industriaren", "robotikako"]
TYPED = {  # the first letters of a word, as suggestions are asked for while typing
    "eu": ["en", "di", "ro", "ik", "enp", "robo", "disei", "ikast"],
    "es": ["em", "di", "ro", "ce", "emp", "robó", "diseñ", "centr"],
    "en": ["co", "de", "ro", "st", "com", "robo", "desig", "stude"],
}


class Command(BaseCommand):
    help = (
        "Time the site search and its suggestions in every language, with words of every kind; "
        "prints p50 and p95 in milliseconds. Run generate_search_volume first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=120, help="Requests in each group.")

    def handle(self, *args, requests, **options):
        pages = {page.locale.language_code: page for page in SearchPage.objects.live()}
        if set(pages) != set(LANGUAGES):
            raise CommandError("Run seed_demo first: a search page is needed in each language.")
        client = Client(HTTP_HOST="127.0.0.1")
        searches, suggestions = self.searches(pages), self.suggestions(pages)
        groups = {ROBOTS: [("/robots.txt", {})], **searches, **suggestions}
        entries = SearchEntry.objects.count()
        basque = SearchEntry.objects.filter(locale=pages["eu"].locale).count()
        self.stdout.write(
            f"{connection.vendor}: {entries:,} search entries ({basque:,} in Basque), "
            f"{requests} requests a group.\n{'':<34} p50 ms  p95 ms"
        )
        timings = {name: [] for name in groups}
        # Timed as in production, where DEBUG is always off (no query log, no debug templates).
        with override_settings(DEBUG=False):
            for path, params in itertools.chain(*groups.values()):
                timed_get(client, path, params)  # warm up caches and connections
            # A request of each group in turn, so that whatever else the machine is doing
            # weighs on every group alike.
            cycles = {name: itertools.cycle(urls) for name, urls in groups.items()}
            for _round in range(requests):
                for name, cycle in cycles.items():
                    timings[name].append(timed_get(client, *next(cycle)))
        scale = percentiles(timings[ROBOTS])[0]
        self.report(ROBOTS, percentiles(timings[ROBOTS]), scale)
        for named, everything, target in (
            (searches, "all searches", SEARCH_TARGET),
            (suggestions, "all suggestions", SUGGESTIONS_TARGET),
        ):
            for name in named:
                self.report(name, percentiles(timings[name]), scale)
            every = [time for name in named for time in timings[name]]
            self.report(everything, percentiles(every), scale, target)

    def report(self, name, figures, scale, target=None):
        p50, p95 = figures
        line = f"{name:<34} {p50:6.1f}  {p95:6.1f}   p50 = {p50 / scale:.0f} × robots.txt"
        if target:
            line += f"; p95 under {target} ms: {'met' if p95 < target else 'MISSED'}"
        self.stdout.write(line)

    def searches(self, pages):
        """(path, query string) of the search page, grouped by what is searched."""

        def search(language, **params):
            return pages[language].url, params

        names = {
            language: [
                title.split()[0]
                for title in SearchEntry.objects.filter(
                    locale=pages[language].locale, kind=SearchEntry.Kind.COMPANY
                )
                .order_by("page_id")
                .values_list("title", flat=True)[100:400:100]
            ]
            for language in LANGUAGES
        }

        def each(words):
            return [search(language, q=text) for language in LANGUAGES for text in words[language]]

        return {
            "search: a common word": each(COMMON),
            "search: an uncommon word": each(UNCOMMON),
            "search: a company's name": each(names),
            "search: two words": each(TWO_WORDS),
            "search: Basque inflections": [search("eu", q=text) for text in BASQUE_INFLECTIONS],
            "search: common word, one type": [
                search(language, q=COMMON[language][0], type=kind)
                for language in LANGUAGES
                for kind in (SearchEntry.Kind.COMPANY, SearchEntry.Kind.ARTICLE)
            ],
            "search: common word, page 2": [
                search(language, q=COMMON[language][0], page=2) for language in LANGUAGES
            ],
            "search: misspelt, nothing found": each(MISSPELT),
        }

    def suggestions(self, pages):
        """(path, query string) of the suggestions as a visitor types, by length."""

        def suggest(letters):
            return [
                (f"{pages[language].url}suggest/", {"q": text})
                for language in LANGUAGES
                for text in TYPED[language]
                if letters(len(text))
            ]

        return {
            "suggestions: 2 letters": suggest(lambda length: length == 2),
            "suggestions: 3 to 5 letters": suggest(lambda length: length > 2),
        }
