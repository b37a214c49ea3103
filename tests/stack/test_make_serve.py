"""`make serve` from the outside: nginx in front of gunicorn (production settings) and the task
worker, on the seeded demo, checked over HTTP as visitors, an editor and a load balancer use it.
Slow (it starts the whole stack), so it runs on its own: `make test-stack`, called by CI."""

import io
import os
import signal
import subprocess
import time
import uuid

import pytest
import redis
from django.conf import settings
from PIL import Image

from tests import factories
from tests.servers import Client, free_port, links, listing_urls, wait_until_answering

# django_db: the seeded test database is copied for the stack.
pytestmark = [pytest.mark.stack, pytest.mark.django_db]
ADMIN, PASSWORD = "stack-admin", "a-long-stack-test-password"


@pytest.fixture(scope="module")
def stack(django_db_setup, seed_template, tmp_path_factory):
    directory = tmp_path_factory.mktemp("stack")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    mail = directory / "mail"
    env = {
        **os.environ,
        "SERVE_PORT": str(port),
        "DATABASE_URL": seed_template.browser_database(directory, "127.0.0.1", port, "stack"),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "EMAIL_FILE_PATH": str(mail),
        "SECRET_KEY_FILE": str(directory / "secret_key"),
        "SECRET_KEY": "",
        "CACHE_DIR": str(directory / "cache"),  # used without REDIS_URL
    }
    if env.get("REDIS_URL"):
        redis.Redis.from_url(env["REDIS_URL"]).flushdb()  # rate limits start from zero
    env.pop("DJANGO_SETTINGS_MODULE", None)
    # An administrator of our own: the demo users' passwords were hashed with the tests' hasher.
    subprocess.run(["make", "--silent", "install"], cwd=settings.BASE_DIR, check=True, env=env)
    subprocess.run(
        [
            ".venv/bin/python",
            "manage.py",
            "createsuperuser",
            "--no-input",
            "--username",
            ADMIN,
            "--email",
            "stack@tknika.example",
        ],
        cwd=settings.BASE_DIR,
        check=True,
        env={
            **env,
            "DJANGO_SETTINGS_MODULE": "site_cms.settings.dev",
            "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
        },
    )
    log = open(directory / "serve.log", "wb")  # noqa: SIM115 (closed at teardown)
    process = subprocess.Popen(
        ["make", "serve"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until_answering(base_url, "/healthz", timeout=300, process=process)
        yield {"url": base_url, "mail": mail, "process": process, "directory": directory}
    finally:
        stop(process)
        log.close()


def stop(process):
    """What Ctrl-C does in the terminal: SIGINT to make and everything it started."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=60)


def test_the_load_balancer_sees_a_healthy_site(stack):
    response = Client(stack["url"]).get("/healthz")
    assert response.status == 200
    assert b'"status": "ok"' in response.body


def test_a_local_secret_key_is_made_outside_the_repository(stack):
    key_file = stack["directory"] / "secret_key"
    assert len(key_file.read_text().strip()) >= 50
    assert key_file.stat().st_mode & 0o077 == 0


def test_images_and_logos_are_served_by_nginx(stack):
    client = Client(stack["url"])
    home = client.get("/en/").text
    directory = client.get("/en/directory/").text
    company = client.get(links(directory, r"/en/directory/[a-z0-9-]+/")[0]).text
    for path in [
        links(home, r"/media/images/[^\"]+")[0],
        links(company, r"/media/images/[^\"]+")[0],
    ]:
        response = client.get(path)
        assert response.status == 200, path
        assert response.headers["Content-Type"].startswith("image/"), path
        assert "max-age=2592000" in response.headers["Cache-Control"]


def test_static_files_are_compressed_and_cached_for_a_year(stack):
    client = Client(stack["url"])
    stylesheet = links(client.get("/eu/").text, r"/static/css/site\.[0-9a-f]{12}\.css")[0]
    response = client.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_documents_are_not_served_past_their_privacy_check(stack):
    assert Client(stack["url"]).get("/media/documents/anything.pdf").status == 404


def test_canonical_links_use_the_configured_address(stack):
    html = Client(stack["url"]).get("/en/").text
    assert f'<link rel="canonical" href="{stack["url"]}/en/">' in html


def test_an_image_uploaded_in_the_admin_is_served_from_media(stack):
    editor = Client(stack["url"])
    editor.get("/admin/login/")
    signed_in = editor.post("/admin/login/", {"username": ADMIN, "password": PASSWORD})
    assert signed_in.status == 302
    editor.get("/admin/images/add/")
    name = f"stack-{uuid.uuid4().hex[:8]}"
    png = io.BytesIO()
    Image.new("RGB", (64, 48), "#c0392b").save(png, "PNG")
    uploaded = editor.post(
        "/admin/images/add/",
        {"title": name, "collection": "1", "tags": ""},
        files={"file": (f"{name}.png", png.getvalue(), "image/png")},
    )
    assert uploaded.status == 302, uploaded.text[:500]

    response = Client(stack["url"]).get(f"/media/original_images/{name}.png")
    assert response.status == 200
    assert response.headers["Content-Type"] == "image/png"


def open_listing(client):
    marketplace = client.get("/en/marketplace/").text
    return listing_urls(marketplace)[0]


def enquire(client, listing, message):
    client.get(listing)
    return client.post(listing, factories.enquiry_data(message=message))


def test_an_enquiry_is_queued_and_the_worker_delivers_it(stack):
    client = Client(stack["url"], source="127.0.0.10")
    message = f"Kaixo, {uuid.uuid4().hex}"
    assert enquire(client, open_listing(client), message).status == 302

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if any(message in path.read_text() for path in stack["mail"].glob("*.log")):
            return
        time.sleep(0.5)
    pytest.fail("the worker did not deliver the enquiry's e-mail within 30 s")


def test_the_enquiry_limit_counts_each_visitor_through_the_proxy(stack):
    flooder = Client(stack["url"], source="127.0.0.20")
    listing = open_listing(flooder)
    flooder.get(listing)
    statuses = [
        # A forged X-Forwarded-For does not make the flooder someone else: nginx appends the
        # address it sees, and the site trusts that one hop only.
        flooder.post(
            listing,
            factories.enquiry_data(message=f"Message {n}"),
            headers={"X-Forwarded-For": f"10.0.0.{n}"},
        ).status
        for n in range(7)
    ]
    assert statuses[:5] == [302] * 5
    assert statuses[5:] == [429, 429]

    neighbour = Client(stack["url"], source="127.0.0.21")
    assert enquire(neighbour, listing, "Kaixo").status == 302


def test_the_stack_stops_cleanly(stack):
    process = stack["process"]
    stop(process)
    # nginx, gunicorn and the worker are gone too, and the port is free again.
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)
    with pytest.raises(OSError):
        Client(stack["url"], timeout=2).get("/healthz")
    assert "Traceback" not in (stack["directory"] / "serve.log").read_text()
