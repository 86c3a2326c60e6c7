"""What `specbind generate` would refuse, found without rendering: `validate`'s last step.

`validate` is generate's preflight and never more lenient: after the document checks
(`specbind.openapi.validate`, which generation itself runs first), the document is
normalised as the generators see it, and each generator's own deciding steps run
(`check_client`, `check_server`): whatever they refuse, a missing default server, a
parameter no client method can take, an operation the client engine would drop, secured
operations without a scheme, is reported here as an error, in the words generation
would use, with its JSON pointer where it has one. What generation keeps but degrades
(a property carried in additional properties, a default left out, a media type not
generated) is a warning at the place it happens.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from specbind.config import Config
from specbind.errors import Problem, Severity, SpecbindError
from specbind.openapi.document import Document
from specbind.openapi.normalise import (
    DROPPED_DEFAULT,
    DROPPED_MEDIA_TYPES,
    UNNAMED_PROPERTIES,
    copy_json,
    normalise,
)
from specbind.openapi.pointer import located_objects, resolve_pointer

_POINTER = re.compile(r"#(/[^\s:;,)]*)")

# raises what generation would refuse; returns the warnings it would print (or None)
Check = Callable[[Config, dict[str, Any], str], list[Problem] | None]


def _checks() -> dict[str, Check]:
    from specbind.client.generate import check_client
    from specbind.server.generate import check_server

    return {"client": check_client, "server": check_server}


def _placeholder_config(source: str) -> Config:
    """The names a check needs to run; nothing is written with them."""
    root = Path(source).parent
    return Config(
        root=root,
        api="api",
        spec_version="0",
        spec_dir=root,
        templates_dir=root,
        output_dir=root / ".specbind-preflight",
        client_package="api_client",
        server_package="api_server",
    )


def generation_problems(document: Document) -> list[Problem]:
    """Errors for everything the client or server generator would refuse in `document`
    (a document `validate_document` found no errors in), warnings for what they degrade."""
    from specbind.client.engine_passes import adapt_for_engine

    data = normalise(document.data)
    # the client's path adapts its own copy for openapi-python-client, as generation does
    inputs = {"client": adapt_for_engine(copy_json(data)), "server": data}
    config = _placeholder_config(document.source)
    problems = _degraded(document, inputs["client"])
    for kind, check in _checks().items():
        try:
            # each generator rewrites its own copy, as generation does
            warnings = check(config, copy_json(inputs[kind]), document.source) or []
            problems += [
                dataclasses.replace(w, file=document.source, line=document.line(w.pointer))
                for w in warnings
            ]
        except SpecbindError as exc:
            problems.extend(_as_problems(document, kind, exc))
        except Exception as exc:  # a generator's own failure: generate would stop too
            problems.append(
                document.problem(
                    f"{kind} generation fails: {type(exc).__name__}: {_one_line(str(exc))}",
                    "",
                    rule=f"{kind}-generator",
                )
            )
    return problems


_DEGRADED: dict[str, Callable[[Any], str]] = {
    UNNAMED_PROPERTIES: lambda moved: (
        f"properties {', '.join(repr(str(n)) for n in moved)} have the Python name of "
        "another property: the models carry them as additional properties"
    ),
    DROPPED_DEFAULT: lambda value: (
        f"default {value!r} cannot be a Python default (its schema refuses it, or the client "
        "engine would write other text); it is left out"
    ),
    DROPPED_MEDIA_TYPES: lambda types: (
        f"media type(s) {', '.join(str(t) for t in types)} are not generated; the body's "
        "other media type is"
    ),
}


def _degraded(document: Document, data: dict[str, Any]) -> list[Problem]:
    """A warning for each place normalising made generator-ready by giving something up."""
    problems = [
        _warning(document, pointer, describe(node[marker]))
        for node, pointer in located_objects(data, skip=_DEGRADED.__contains__, once=True)
        for marker, describe in _DEGRADED.items()
        if marker in node
    ]
    return sorted(problems, key=lambda p: p.pointer)


def _warning(document: Document, pointer: str, message: str) -> Problem:
    try:
        resolve_pointer(document.data, f"#{pointer}")
    except (KeyError, ValueError):
        message += f" (in the generated form, at #{pointer})"
        pointer = ""
    return document.problem(message, pointer, severity=Severity.WARNING, rule="generation-degrades")


def _as_problems(document: Document, kind: str, exc: SpecbindError) -> list[Problem]:
    rule = f"{kind}-generator"
    message = exc.message.removeprefix(f"{document.source} ").removeprefix(f"{document.source}: ")
    if exc.problems:
        return [
            Problem(
                message=f"{kind} generation stops ({message}): {_one_line(p.message)}",
                pointer=p.pointer,
                file=p.file or document.source,
                line=p.line if p.line is not None else document.line(p.pointer),
                severity=Severity.ERROR,
                rule=p.rule or rule,
            )
            for p in exc.problems
        ]
    found = _POINTER.search(message)
    pointer = found.group(1) if found else ""
    if found and message.startswith(found.group(0)):
        message = message[found.end() :].removeprefix(":").strip()
    return [document.problem(f"{kind} generation stops: {_one_line(message)}", pointer, rule=rule)]


def _one_line(text: str) -> str:
    return " ".join(text.split())
