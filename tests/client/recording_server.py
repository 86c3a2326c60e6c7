"""A real HTTP server on 127.0.0.1 that records every request and answers from a script."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.http_server import serving


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    at: float
    raw_query: str = ""  # the query string as it arrived, percent-encoding and all

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class RecordingServer:
    url: str
    answers: deque[Answer] = field(default_factory=deque)
    requests: list[Recorded] = field(default_factory=list)

    def answer(self, *answers: Answer) -> None:
        self.answers.extend(answers)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]


@contextmanager
def recording_server() -> Iterator[RecordingServer]:
    state = RecordingServer(url="")
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            with lock:
                state.requests.append(
                    Recorded(
                        method=self.command,
                        path=parts.path,
                        query=parse_qs(parts.query, keep_blank_values=True),
                        headers={k.lower(): v for k, v in self.headers.items()},
                        body=body,
                        at=time.monotonic(),
                        raw_query=parts.query,
                    )
                )
                answer = (
                    state.answers.popleft()
                    if state.answers
                    else Answer(599, {"detail": "no answer scripted"})
                )
            if answer.delay:
                time.sleep(answer.delay)
            if isinstance(answer.body, bytes):
                payload = answer.body
            elif answer.body is None:
                payload = b""
            else:
                payload = json.dumps(answer.body).encode()
            try:
                self.send_response(answer.status)
                if payload and "content-type" not in {k.lower() for k in answer.headers}:
                    self.send_header("Content-Type", "application/json")
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    with serving(Handler) as url:
        state.url = f"{url}/"
        yield state
