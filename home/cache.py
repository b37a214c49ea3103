"""Redis as the cache, with a circuit breaker. Redis calls give up after a quarter of a second, and
django-redis then counts them as misses; but a page makes dozens of cache calls, so a Redis that
hangs would still cost seconds per page. Once a call fails, this process leaves Redis alone for a
few seconds (every call is a miss at once), then tries again."""

import time
from contextlib import contextmanager
from urllib.parse import urlsplit

from django_redis.pool import ConnectionFactory
from redis.connection import Connection, SSLConnection, UnixDomainSocketConnection
from redis.exceptions import ConnectionError, TimeoutError  # noqa: A004 (redis' own)

PAUSE_SECONDS = 5


class Breaker:
    open_until = 0.0

    @classmethod
    def check(cls):
        if time.monotonic() < cls.open_until:
            raise ConnectionError("Redis failed a moment ago; not asking it again yet.")

    @classmethod
    def trip(cls):
        cls.open_until = time.monotonic() + PAUSE_SECONDS


@contextmanager
def tripping_the_breaker():
    try:
        yield
    except (ConnectionError, TimeoutError):
        Breaker.trip()
        raise


class BreakerMixin:
    def connect(self):
        Breaker.check()
        with tripping_the_breaker():
            super().connect()

    def send_packed_command(self, *args, **kwargs):
        with tripping_the_breaker():
            return super().send_packed_command(*args, **kwargs)

    def read_response(self, *args, **kwargs):
        with tripping_the_breaker():
            return super().read_response(*args, **kwargs)


class BreakerConnection(BreakerMixin, Connection):
    pass


class BreakerSSLConnection(BreakerMixin, SSLConnection):
    pass


class BreakerUnixConnection(BreakerMixin, UnixDomainSocketConnection):
    pass


CONNECTION_CLASSES = {
    "redis": BreakerConnection,
    "rediss": BreakerSSLConnection,
    "unix": BreakerUnixConnection,
}


class ResilientConnectionFactory(ConnectionFactory):
    def make_connection_params(self, url):
        connection_class = CONNECTION_CLASSES[urlsplit(url).scheme]
        return {**super().make_connection_params(url), "connection_class": connection_class}
