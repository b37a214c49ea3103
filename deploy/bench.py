"""`make bench`: requests a second and latency of each page type, as deployed, against a static
file measured in the same run.

gunicorn with production settings (2 sync workers) serves the demo, and wrk (2 threads,
8 connections) requests a static file through whitenoise, then each page type twice: "cached", as
an anonymous visitor after a warm-up request, and "uncached", with a session cookie, which makes
the page cache pass the request by, so every request builds the page as a cache miss does while
the rest of the cache works as in production. Each row keeps the best of two runs, and says if
requests failed or gunicorn restarted workers during it.

The database is DATABASE_URL, else a database of its own, kept for the next run: `tknika_bench`
on the PostgreSQL server at 127.0.0.1:5432, or without one SQLite in var/bench/. It is migrated,
and seeded when empty. The cache is Redis when REDIS_URL is set, files in var/bench/ otherwise.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
VAR = ROOT / "var" / "bench"
LOG = VAR / "gunicorn.log"
LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/"
DATABASE_NAME = "tknika_bench"
STATIC_FILE = "css/site.css"
SESSION_COOKIE = "sessionid=bench"  # of no session: the page is built as for anyone
# The demo's English pages; "/prefix/*" is the first page below /prefix/ in the sitemap.
PAGES = [
    ("home", "/en/"),
    ("news index", "/en/news/"),
    ("article", "/en/news/*"),
    ("directory, filtered", "/en/directory/?sector=robotics-automation"),
    ("company", "/en/directory/*"),
    ("marketplace index", "/en/marketplace/"),
    ("listing", "/en/marketplace/*"),
    ("search, a query", "/en/search/?q=robotics"),
    ("RSS feed", "/en/news/feed/rss/"),
    ("sitemap", "/sitemap.xml"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--runs", type=int, default=2, help="runs of each page, the best kept")
    args = parser.parse_args()
    seconds, runs = args.seconds, args.runs
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop gunicorn as Ctrl-C does
    wrk = ensure_wrk()
    load = os.getloadavg()[0]  # other work on the machine makes every figure lower
    database, database_name = database_url()
    env = production_environment(database)
    for command in (
        ["migrate", "--no-input", "--verbosity", "0"],
        ["seed_demo", "--if-empty", "--force"],
        ["collectstatic", "--no-input", "--verbosity", "0"],
    ):
        subprocess.run([BIN / "python", "manage.py", *command], cwd=ROOT, env=env, check=True)
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    static = "/static/" + manifest["paths"][STATIC_FILE]

    with gunicorn(env) as port:
        rows = [(f"static {STATIC_FILE}", "", static, None)]
        never_cached = []
        for name, path in PAGES:
            path = find_path(port, path)
            if warm_up(port, path) != "hit":
                never_cached.append(name)
            warm_up(port, path, SESSION_COOKIE)
            rows += [(name, "cached", path, None), ("", "uncached", path, SESSION_COOKIE)]
        # Other work on the machine only ever slows a run down: each row keeps its best run.
        best = [None] * len(rows)
        for run in range(1, runs + 1):
            for number, (_name, mode, path, cookie) in enumerate(rows):
                print(f"run {run} of {runs}: {path} {mode}", file=sys.stderr, flush=True)
                log_size = LOG.stat().st_size
                result = measure(wrk, port, path, seconds, cookie) + (worker_starts(log_size),)
                best[number] = max(best[number] or result, result)

    cache = "Redis" if env.get("REDIS_URL") else "files"
    print(
        f"\ngunicorn, production settings, 2 sync workers; {database_name}; cache: {cache}; "
        f"{os.cpu_count()} cores, load {load:.1f} before; "
        f"wrk: 2 threads, 8 connections, the best of {runs} runs of {seconds} s\n"
    )
    print(f"{'page':<22}{'mode':<10}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'% static':>10}")
    for number, (name, mode, _path, _cookie) in enumerate(rows):
        rate, p50, p99, failed, restarts = best[number]
        print(
            f"{name:<22}{mode:<10}{rate:>8,.0f}{p50:>9.1f}{p99:>9.1f}{rate / best[0][0]:>10.1%}"
            + (f"  failed: {failed}" if failed else "")
            + (f"  worker restarts: {restarts}" if restarts else "")
        )
    for name in never_cached:
        print(f"The page cache never keeps “{name}”: both of its rows build the page.")


def production_environment(database):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_cms.settings.production",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "DATABASE_URL": database,
        "PAGE_CACHE": "true",
        # No task worker runs beside: the demo's tasks run where they are queued.
        "TASK_WORKER": "false",
        "WEB_CONCURRENCY": "2",
    }
    VAR.mkdir(parents=True, exist_ok=True)
    if not env.get("REDIS_URL"):
        env["CACHE_DIR"] = str(VAR / "cache")
    if not env.get("EMAIL_HOST"):  # the demo's e-mails, out of the way
        env["EMAIL_FILE_PATH"] = str(VAR / "mail")
    return env


def ensure_wrk():
    if not shutil.which("wrk"):
        apt_get = shutil.which("apt-get")
        if os.geteuid() != 0 or not apt_get:
            sys.exit("make bench needs wrk: sudo apt-get install wrk")
        print("Installing wrk from Debian's packages")
        subprocess.run([apt_get, "update", "-qq"], check=True)
        subprocess.run(
            [apt_get, "install", "-y", "-qq", "wrk"],
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            stdout=subprocess.DEVNULL,
            check=True,
        )
    return shutil.which("wrk")


def database_url():
    """The database's URL and what to call it."""
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"], "DATABASE_URL"
    try:
        with psycopg.connect(LOCAL_POSTGRES + "postgres", connect_timeout=2, autocommit=True) as db:
            exists = "SELECT 1 FROM pg_database WHERE datname = %s"
            if not db.execute(exists, [DATABASE_NAME]).fetchone():
                db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    except psycopg.OperationalError:
        return f"sqlite:///{VAR / 'db.sqlite3'}", "SQLite"
    return LOCAL_POSTGRES + DATABASE_NAME, f"PostgreSQL, {DATABASE_NAME}"


@contextmanager
def gunicorn(env):
    """gunicorn on a free port, stopped with its workers on leaving; yields the port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [BIN / "gunicorn", "--config", "deploy/gunicorn.conf.py", "site_cms.wsgi"]
    # No control socket: its default path is the same for every gunicorn on the machine.
    command.append("--no-control-socket")
    with LOG.open("w") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
            stdout=output,
            stderr=output,
            start_new_session=True,  # Ctrl-C reaches this script alone, which stops gunicorn
        )
    try:
        deadline = time.monotonic() + 60
        while not answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"gunicorn did not start; see {LOG}")
            time.sleep(0.3)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def get(port, path, cookie=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def answers(port):
    try:
        return get(port, "/robots.txt")[0] == 200
    except OSError:
        return False


def find_path(port, path):
    if not path.endswith("*"):
        return path
    prefix = path.removesuffix("*")
    for address in re.findall(r"<loc>([^<]+)</loc>", get(port, "/sitemap.xml")[2].decode()):
        page = "/" + address.split("/", 3)[3]
        if page.startswith(prefix) and page != prefix:
            return page
    sys.exit(f"No page below {prefix} in the sitemap")


def warm_up(port, path, cookie=None):
    """Request the page twice (the first may fill the cache); its X-Page-Cache header."""
    for _ in range(2):
        status, headers, _body = get(port, path, cookie)
        if status != 200:  # a broken page is no benchmark
            sys.exit(f"{path}: HTTP {status}")
    return headers.get("X-Page-Cache")


def worker_starts(since):
    """Workers gunicorn started (recycling them after max_requests) since the log had `since`
    bytes: each one loads the app while the other worker answers alone."""
    with LOG.open("rb") as log:
        log.seek(since)
        return log.read().count(b"Booting worker")


def measure(wrk, port, path, seconds, cookie=None):
    """Requests a second, p50 and p99 in milliseconds, and how many requests failed."""
    # A slow answer counts in the latency rather than as a failure (wrk's default is 2 s).
    command = [wrk, "-t2", "-c8", f"-d{seconds}s", "--timeout", "30s"]
    command += ["-s", ROOT / "deploy" / "bench.lua", f"http://127.0.0.1:{port}{path}"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    summary = next(line for line in output.splitlines() if line.startswith("bench: "))
    rate, p50, p99, failed = summary.split()[1:]
    return float(rate), float(p50), float(p99), int(failed)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
