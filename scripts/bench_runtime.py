"""Runtime figures: the generated client's cost per call and the stub server's throughput.

Servers run as separate uvicorn processes on 127.0.0.1 (a free port each), started and
stopped here. The client figure alternates rounds of raw httpx and the generated client
against the same server, so both see the same machine; the throughput figure alternates
wrk runs against the generated stub app and a handwritten FastAPI app.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from bench_servers import API_KEY, AUTH_HEADER_VALUE, PATH, QUERY
from bench_stats import Figure, Sample, Target

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def serve(factory: str, cpu: int | None = None) -> Iterator[str]:
    """uvicorn serving `bench_servers.<factory>` on 127.0.0.1; yields its base URL.

    `cpu` pins the server to one core so the load generator gets the other.
    """
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", f"bench_servers:{factory}", "--factory",
        "--app-dir", str(SCRIPTS), "--host", "127.0.0.1", "--port", str(port),
        "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    if cpu is not None and shutil.which("taskset"):
        command = ["taskset", "-c", str(cpu), *command]
    process = subprocess.Popen(command, cwd=REPO, start_new_session=True)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the {factory} server exited with {process.returncode}")
            try:
                httpx.get(base_url + PATH, params=QUERY, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the {factory} server did not start in 30 s") from None
                time.sleep(0.1)
        yield base_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextlib.contextmanager
def _pinned(cpu: int) -> Iterator[None]:
    """Run this process on `cpu` (the server has the other core) while measuring."""
    before = os.sched_getaffinity(0)
    if cpu not in before or len(before) < 2:
        yield
        return
    os.sched_setaffinity(0, {cpu})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def _generated_client() -> Any:
    sys.path.insert(0, str(REPO / "generated" / "client"))
    import ibl_data_manager_client

    return ibl_data_manager_client


def _per_call(call: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls


async def _per_call_async(call: Callable[[], Any], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - start) / calls


def client_overhead(rounds: int, calls: int) -> tuple[Figure, Figure]:
    """Figure 4, sync and async: seconds per call, the generated client over raw httpx.

    Both sides send the same GET with the same query and header over one kept-alive
    connection and decode the JSON; the generated client also checks the arguments and
    the answer against the document and builds typed models, which is what it costs.
    """
    package = _generated_client()
    headers = {"Authorization": AUTH_HEADER_VALUE}
    with serve("raw_app", cpu=0) as base_url, _pinned(1):
        raw = httpx.Client(base_url=base_url, headers=headers)
        ours = package.Client(api_key=API_KEY, base_url=base_url)

        def raw_call() -> object:
            response = raw.get(PATH, params=QUERY)
            response.raise_for_status()
            return response.json()

        def our_call() -> object:
            return ours.core.rbac.mentor_access.list(**QUERY)

        sync_raw, sync_ours = _rounds(rounds, calls, raw_call, our_call)
        raw.close()
        ours.close()
        async_raw, async_ours = asyncio.run(_async_rounds(package, base_url, rounds, calls))

    def figure(name: str, mine: list[float], theirs: list[float]) -> Figure:
        return Figure(
            figure=f"client overhead per call ({name})",
            document="ibl-data-manager GET mentor-access",
            ours=Sample(tuple(mine), "s"),
            peer=Sample(tuple(theirs), "s"),
            peer_name="raw httpx",
            target=Target("at_most", 1.15),
            note=f"{rounds} rounds x {calls} calls each, alternating; 10-item JSON body",
        )

    return figure("sync", sync_ours, sync_raw), figure("async", async_ours, async_raw)


def _rounds(
    rounds: int, calls: int, raw_call: Callable[[], object], our_call: Callable[[], object]
) -> tuple[list[float], list[float]]:
    for call in (raw_call, our_call):  # warm connections, caches and imports
        _per_call(call, 50)
    raw_times, our_times = [], []
    for index in range(rounds):
        order = [(raw_call, raw_times), (our_call, our_times)]
        for call, times in order if index % 2 == 0 else reversed(order):
            times.append(_per_call(call, calls))
    return raw_times, our_times


async def _async_rounds(
    package: Any, base_url: str, rounds: int, calls: int
) -> tuple[list[float], list[float]]:
    raw = httpx.AsyncClient(base_url=base_url, headers={"Authorization": AUTH_HEADER_VALUE})
    ours = package.AsyncClient(api_key=API_KEY, base_url=base_url)

    async def raw_call() -> object:
        response = await raw.get(PATH, params=QUERY)
        response.raise_for_status()
        return response.json()

    async def our_call() -> object:
        return await ours.core.rbac.mentor_access.list(**QUERY)

    for call in (raw_call, our_call):
        await _per_call_async(call, 50)
    raw_times: list[float] = []
    our_times: list[float] = []
    for index in range(rounds):
        order = [(raw_call, raw_times), (our_call, our_times)]
        for call, times in order if index % 2 == 0 else reversed(order):
            times.append(await _per_call_async(call, calls))
    await raw.aclose()
    await ours.close()
    return raw_times, our_times


# -- server throughput -------------------------------------------------------------------

WRK_RATE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
WRK_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")


def ensure_wrk() -> str | None:
    """wrk's path, installing Debian's package when it is missing and we may."""
    found = shutil.which("wrk")
    if found or not shutil.which("apt-get") or os.geteuid() != 0:
        return found
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "wrk"], capture_output=True, check=False, timeout=300
    )
    return shutil.which("wrk")


def server_throughput(runs: int, seconds: int, connections: int = 16) -> Figure:
    """Figure 5: requests per second, the generated stub app over the handwritten one."""
    wrk = ensure_wrk()
    figure = Figure(
        figure="server throughput",
        document="ibl-data-manager GET mentor-access",
        ours=None,
        peer=None,
        peer_name="handwritten FastAPI",
        target=Target("at_least", 0.9),
        note=f"wrk -t1 -c{connections} -d{seconds}s, uvicorn 1 worker pinned to cpu 0, "
        f"wrk on cpu 1; {runs} runs each, alternating",
    )
    if wrk is None:
        figure.failure = figure.peer_failure = "wrk is not installed (apt-get install -y wrk)"
        return figure
    ours: list[float] = []
    theirs: list[float] = []
    for index in range(runs):
        order = [("stub_app", ours), ("hand_app", theirs)]
        for factory, rates in order if index % 2 == 0 else reversed(order):
            with serve(factory, cpu=0) as base_url:
                _wrk(wrk, base_url, 1, connections)  # warm-up
                rates.append(_wrk(wrk, base_url, seconds, connections))
    figure.ours = Sample(tuple(ours), "req/s")
    figure.peer = Sample(tuple(theirs), "req/s")
    return figure


def _wrk(wrk: str, base_url: str, seconds: int, connections: int) -> float:
    """One wrk run (pinned to cpu 1 when taskset is there): requests per second."""
    prefix = ["taskset", "-c", "1", wrk] if shutil.which("taskset") else [wrk]
    query = "&".join(f"{key}={value}" for key, value in QUERY.items())
    result = subprocess.run(
        [
            *prefix,
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "5s",
            "-H",
            f"Authorization: {AUTH_HEADER_VALUE}",
            f"{base_url}{PATH}?{query}",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    )
    if errors := WRK_NON_2XX.search(result.stdout):
        raise RuntimeError(f"{errors.group(1)} non-2xx answers under load: {result.stdout}")
    rate = WRK_RATE.search(result.stdout)
    if rate is None:
        raise RuntimeError(f"could not read wrk's output: {result.stdout}")
    return float(rate.group(1))
