"""What the benchmark commands share: timing pages in process, as production serves them."""

import itertools
import statistics
import time
import uuid

from django.core.management.base import CommandError

visitors = itertools.count()
RUN = uuid.uuid4().hex[:8]  # in the parameter, so that two runs never ask for the same URL


def timed_get(client, path, params=None):
    """How long `client` took to GET the page, in milliseconds, as a visitor of its own: from
    an address of its own, as limits count per address, and with a parameter the pages ignore,
    so that no cache keyed by URL (the page cache, a CDN) answers a request it has seen."""
    number = next(visitors)
    address = f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"
    params = {**(params or {}), "visitor": f"{RUN}-{number}"}
    started = time.perf_counter()
    response = client.get(path, params, REMOTE_ADDR=address)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:  # a broken page is no benchmark
        raise CommandError(f"{path} {params}: HTTP {response.status_code}")
    return elapsed


def percentiles(timings):
    """The median and the 95th percentile of `timings`."""
    return statistics.median(timings), statistics.quantiles(timings, n=20)[18]
