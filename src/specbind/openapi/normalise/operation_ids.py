"""Every operation gets an operationId that is unique after sanitising."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from specbind.openapi.naming import MAX_NAME, Namespace, has_words, snake_case
from specbind.openapi.normalise.markers import ORIGINAL_OPERATION_ID
from specbind.openapi.validate import iter_operations


def unique_operation_ids(data: dict[str, Any], spelling: Callable[[str], str] = snake_case) -> None:
    """Every operation gets an operationId that is unique after sanitising.

    A missing or blank id is made from method and path; an id whose Python name (ours, or
    `spelling`'s: a generator that names things by its own rules passes them) is already
    taken gets `_2`, `_3`, ... An id `spelling` would make non-ASCII or longer than
    MAX_NAME is spelled our way. The source's id, when there was one, stays in
    `x-specbind-original-operation-id` (a second run keeps the first one's record).
    """
    ours = Namespace()
    theirs: set[str] = set()
    for path, method, operation, _ in iter_operations(data):
        original = operation.get("operationId")
        given = original if isinstance(original, str) else ""
        base = given if has_words(given) else f"{method}_{path}"
        if not spelling(base).isascii() or len(spelling(base)) > MAX_NAME:
            # A generator may keep non-ASCII letters in file names, which Python's imports
            # read in NFKC form (`µ` is imported as `μ`): only ASCII is safe there. A
            # very long id is shortened (`bounded`): it may name a file.
            base = snake_case(base)
        name = base
        counter = 2
        while snake_case(name) in ours or spelling(name) in theirs or not spelling(name):
            name = f"{snake_case(base)}_{counter}"
            counter += 1
        ours.claim(snake_case(name))
        theirs.add(spelling(name))
        if name != original:
            operation["operationId"] = name
            if isinstance(original, str):
                operation.setdefault(ORIGINAL_OPERATION_ID, original)
