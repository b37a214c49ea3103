"""Measure directory search and facet latency (p50/p95) in-process; not a test."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings

from directory.models import CompanyPage, DirectoryIndexPage, Sector
from home.benchmark import percentiles, timed_get

QUERIES = ["robot", "energia", "software datu", "Donostia", "zurgintza eraikuntza", "3D"]


class Command(BaseCommand):
    help = "Time directory pages with searches and facets; prints p50 and p95 in milliseconds."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=200)

    def handle(self, *args, requests, **options):
        index = DirectoryIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
        sectors = list(Sector.objects.filter(locale=index.locale).values_list("slug", flat=True))
        mixes = []
        for number, query in enumerate(QUERIES):
            sector = sectors[number % len(sectors)]
            mixes += [
                {"q": query},
                {"q": query, "sector": sector},
                {"sector": sector, "territory": "gipuzkoa", "open_to": "clients"},
                {"year_from": 2018, "year_to": 2022, "sort": "cohort", "page": 2},
            ]
        client = Client(HTTP_HOST="127.0.0.1")
        timings = []
        # Timed as in production, where DEBUG is always off (no query log, no debug templates).
        with override_settings(DEBUG=False):
            client.get(index.url)  # warm up caches and connections
            for number in range(requests):
                timings.append(timed_get(client, index.url, mixes[number % len(mixes)]))
        companies = CompanyPage.objects.filter(locale=index.locale).count()
        p50, p95 = percentiles(timings)
        self.stdout.write(
            f"{connection.vendor}: {companies} companies, {requests} requests: "
            f"p50 {p50:.0f} ms, p95 {p95:.0f} ms"
        )
