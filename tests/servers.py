"""Servers started by tests (make serve, gunicorn) and a small HTTP client that talks to them like a
browser would: cookies, CSRF tokens, and a chosen source address on the loopback network."""

import http.client
import re
import socket
import threading
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Response:
    def __init__(self, raw, started):
        self.status = raw.status
        self.headers = raw.headers
        self.body = raw.read()
        self.seconds = time.monotonic() - started

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class Client:
    """One visitor: keeps cookies between requests; `source` picks the visitor's address
    (any 127.x.y.z works on the loopback interface)."""

    def __init__(self, base_url, source="127.0.0.1", timeout=30):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.source, self.timeout = source, timeout
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(
            self.host, self.port, timeout=self.timeout, source_address=(self.source, 0)
        )
        headers = {"Host": f"{self.host}:{self.port}", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = Response(connection.getresponse(), started)
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, data, headers=None, files=None):
        """A form POST with the CSRF token from the cookie, as the page's form would send it."""
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
        if files:
            body, content_type = multipart(data, files)
        else:
            body, content_type = urlencode(data, doseq=True), "application/x-www-form-urlencoded"
        return self.request("POST", path, body, {"Content-Type": content_type, **(headers or {})})


def multipart(data, files):
    boundary = "----tknika-hub-test-boundary"
    parts = []
    for name, value in data.items():
        disposition = f'Content-Disposition: form-data; name="{name}"'
        parts.append(f"--{boundary}\r\n{disposition}\r\n\r\n{value}\r\n".encode())
    for name, (filename, content, content_type) in files.items():
        parts.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def wait_until_answering(base_url, path="/robots.txt", timeout=120, process=None):
    """Wait until the server answers `path` with a status below 500; fail early if it died."""
    deadline = time.monotonic() + timeout
    client = Client(base_url, timeout=5)
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server stopped with exit code {process.returncode}")
        try:
            if client.get(path).status < 500:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{base_url}{path} did not answer within {timeout} s")


def links(html, pattern):
    """The href/src values in `html` that match the regular expression `pattern`."""
    return re.findall(rf'(?:href|src)="({pattern})"', html)


def listing_urls(marketplace_html):
    """The listings a marketplace page shows, by their cards' title links."""
    return re.findall(r'listing-card__title">\s*<a href="([^"]+)"', marketplace_html)


class TcpProxy:
    """A server on a free local port that, while `hanging`, accepts connections and never answers
    (a database or cache that is overloaded or failing over); otherwise it passes the bytes on to
    `target` (host, port)."""

    def __init__(self, target=None):
        self.target, self.hanging, self.held = target, True, []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:  # closed
                return
            if self.hanging:
                self.held.append(client)
                continue
            upstream = socket.create_connection(self.target)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(source, sink), daemon=True).start()

    def close(self):
        self.listener.close()
        for connection in self.held:
            connection.close()


def _pump(source, sink):
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        source.close()
        sink.close()
