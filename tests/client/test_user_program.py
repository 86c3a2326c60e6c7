"""A program written against a generated client type-checks under `mypy --strict`.

The resources are reached through cached properties and the raw-response twins are
built at run time, so this is what tells whether an IDE and mypy see the shape users
call: `client.catalog.things.list(...)` returning the model, `await` on the async twin,
`client.with_raw_response.catalog.things.create(...)` returning `APIResponse[Thing]`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.client.conftest import GeneratedClient

PROGRAM = """\
from __future__ import annotations

import asyncio

from {package} import APIResponse, AsyncClient, Client
from {package}.models import PaginatedThingList, Thing, ThingRequest


def sync_calls() -> list[int]:
    with Client(api_key="k", base_url="http://127.0.0.1:9") as client:
        page: PaginatedThingList = client.catalog.things.list(search="lamp", page_size=5)
        made: Thing = client.catalog.things.create(body=ThingRequest(name="lamp"))
        by_fields: Thing = client.catalog.things.create(name="lamp", timeout=2.0)
        raw: APIResponse[Thing] = client.with_raw_response.catalog.things.create(
            body=ThingRequest(name="lamp"), timeout=2.0
        )
        also: APIResponse[Thing] = client.catalog.things.with_raw_response.create(
            body=ThingRequest(name="x")
        )
        raw_fields: APIResponse[Thing] = client.with_raw_response.catalog.things.create(name="x")
        ids = [thing.id for thing in client.catalog.things.iter_list()]
        issuers = [i.entity_id for i in client.credentials.orgs.issuers.iter_list(org="o")]
        return [page.count, made.id, by_fields.id, raw.status_code, also.parsed.id,
                raw_fields.parsed.id, *ids, len(issuers)]


async def async_calls() -> int:
    async with AsyncClient(api_key="k") as client:
        made: Thing = await client.catalog.things.create(body=ThingRequest(name="lamp"))
        named: Thing = await client.catalog.things.create(name="lamp")
        raw = await client.with_raw_response.catalog.things.list()
        page: PaginatedThingList = raw.parsed
        ids = [thing.id async for thing in client.catalog.things.iter_list()]
        return made.id + named.id + page.count + len(ids)


if __name__ == "__main__":
    asyncio.run(async_calls())
"""

# Each line is a mistake mypy must report on its own (the program above is otherwise clean).
MISTAKES = {
    "client.catalog.things.list(search=5)": 'Argument "search"',
    "client.catalog.things.create(body=1)": 'matches argument type "int"',
    # the body's fields as keywords: typed, the required ones required, not beside body=
    "client.catalog.things.create(name=1.5)": 'matches argument type "float"',
    "client.catalog.things.create()": "require at least one argument",
    "client.catalog.things.create(body=ThingRequest(name='a'), name='b')": (
        'matches argument types "ThingRequest", "str"'
    ),
    "client.with_raw_response.catalog.things.create(name=b'x')": 'matches argument type "bytes"',
    "client.catalog.things.nope()": 'has no attribute "nope"',
    "client.catalog.things.list(max_retries='2')": 'Argument "max_retries"',
    "x: int = client.catalog.things.create(body=ThingRequest(name='a'))": "Incompatible types",
}


def _mypy(directory: Path, source: str, search_path: Path) -> subprocess.CompletedProcess[str]:
    program = directory / "program.py"
    program.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
        capture_output=True,
        text=True,
        cwd=directory,
        env={**os.environ, "MYPYPATH": str(search_path)},
        check=False,
    )


def test_a_user_program_passes_mypy_strict(pages: GeneratedClient, tmp_path: Path) -> None:
    package = pages.package.__name__
    root = Path(pages.package.__file__ or "").parents[1]
    result = _mypy(tmp_path, PROGRAM.format(package=package), root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 1 source file" in result.stdout


def test_mypy_reports_a_wrong_call_on_a_resource(pages: GeneratedClient, tmp_path: Path) -> None:
    package = pages.package.__name__
    root = Path(pages.package.__file__ or "").parents[1]
    body = "".join(f"        {line}\n" for line in MISTAKES)
    source = PROGRAM.format(package=package).replace(
        "        return [page.count",
        body + "        return [page.count",
    )
    result = _mypy(tmp_path, source, root)
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == len(MISTAKES), result.stdout
    for expected in MISTAKES.values():
        assert len([error for error in errors if expected in error]) == 1, (expected, errors)
