"""gunicorn for Tknika Hub, used by `make serve` and deploy/systemd/tknika-hub.service."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "unix:/run/tknika-hub/gunicorn.sock")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# A request that takes longer has gone wrong (the database has deadlines of a few seconds).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then, so a slow leak never becomes an outage: seldom enough that a busy
# site does not spend its time loading the app, and each worker at its own moment, so that one
# always answers (`make bench` saw both restart at once, every few seconds, at 2,000 requests).
max_requests = 20000
max_requests_jitter = 10000
# The site logs every request itself, with its request id (home/observability.py).
accesslog = None
errorlog = "-"
