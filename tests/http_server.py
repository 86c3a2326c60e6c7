"""HTTP servers on 127.0.0.1 for tests: `serving` runs any handler at a free port for the
length of a block, `server_process` a server command; `scripted_server` answers each path
from a queue."""

from __future__ import annotations

import socket
import socketserver
import subprocess
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (yet)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server_process(
    command: list[str], url: str, log: Path, *, cwd: Path | None = None, seconds: float = 60
) -> Iterator[None]:
    """`command` running as a server, its output in `log`, from when `url` answers until
    the block ends; then terminated (killed when it does not stop)."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + seconds
            while True:
                if process.poll() is not None:
                    text = log.read_text(encoding="utf-8", errors="replace")
                    raise AssertionError(f"{command[:4]} exited with {process.returncode}: {text}")
                try:
                    httpx.get(url, timeout=1.0)
                    break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise AssertionError(f"{url} did not answer within {seconds} s")
                time.sleep(0.1)
            yield
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def serving(handler: Callable[..., socketserver.BaseRequestHandler]) -> Iterator[str]:
    """`handler` answering on 127.0.0.1 at a free port for the length of the block; yields
    the base URL (`http://127.0.0.1:PORT`). Each request has its own daemon thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    truncate_to: int | None = None  # send only this many bytes of a longer declared body


@dataclass
class ScriptedServer:
    url: str
    script: dict[str, list[Reply]]
    hits: dict[str, int]

    def add(self, path: str, *replies: Reply) -> str:
        self.script[path].extend(replies)
        return self.url + path


@contextmanager
def scripted_server() -> Iterator[ScriptedServer]:
    script: dict[str, list[Reply]] = defaultdict(list)
    hits: dict[str, int] = defaultdict(int)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            hits[self.path] += 1
            queue = script.get(self.path)
            reply = (queue.pop(0) if len(queue) > 1 else queue[0]) if queue else Reply(404)
            if reply.delay:
                time.sleep(reply.delay)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            if reply.truncate_to is not None:
                self.send_header("Connection", "close")
            self.end_headers()
            body = reply.body if reply.truncate_to is None else reply.body[: reply.truncate_to]
            try:
                self.wfile.write(body)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
            if reply.truncate_to is not None:
                self.close_connection = True

    with serving(Handler) as url:
        yield ScriptedServer(url, script, hits)


@contextmanager
def trickling_server(payload: bytes, interval: float) -> Iterator[str]:
    """A server on 127.0.0.1 that answers every connection with `payload`, one byte each
    `interval` seconds, then holds the connection open; yields its base URL."""
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)

    def trickle(connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)  # the request; its content does not matter
                for byte in payload:
                    if stop.wait(interval):
                        return
                    connection.sendall(bytes([byte]))
                stop.wait()
            except OSError:
                pass

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=trickle, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
