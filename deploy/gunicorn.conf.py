"""gunicorn for Tknika Hub, used by `make serve` and deploy/systemd/tknika-hub.service."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "unix:/run/tknika-hub/gunicorn.sock")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# A request that takes longer has gone wrong (the database has deadlines of a few seconds).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then, so a slow leak never becomes an outage.
max_requests = 20000
max_requests_jitter = 10000
# The app is loaded once, before the workers are forked: a recycled worker answers within
# milliseconds instead of spending a second loading it while requests wait (under `make bench`,
# the slowest hundredth of requests took a second around each restart). Code changes therefore
# need a restart (`systemctl restart tknika-hub`), not a reload.
preload_app = True
# The site logs every request itself, with its request id (home/observability.py).
accesslog = None
errorlog = "-"


def when_ready(server):
    """In the master, once the app is loaded and before the first worker forks."""
    from home.warm_up import warm_up

    warm_up()
