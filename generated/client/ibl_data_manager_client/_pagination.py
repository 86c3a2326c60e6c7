"""Walking every page of a list operation, for the `iter_<operation>` methods.

Two page shapes are known: Django REST framework's `{count, next, previous, results}`
and the credentials envelope `{status, result: {data, next, previous, count,
num_pages, page_number}}`. Each paging operation declares where its items and its
next link are; the clients fetch `next` until it is empty (or repeats).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class PageShape(Generic[ItemT]):
    """Property names from the page body to its item list and to its next link."""

    items: tuple[str, ...]
    next: tuple[str, ...]
    parse_item: Callable[[Any], ItemT]


def _dig(data: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if not isinstance(data, dict):
            return None
        data = data.get(name)
    return data


def read_page(data: Any, shape: PageShape[ItemT]) -> tuple[list[ItemT], str | None]:
    """The parsed items of one (already validated) page body and its next link."""
    raw_items = _dig(data, shape.items)
    items = [shape.parse_item(item) for item in raw_items] if isinstance(raw_items, list) else []
    next_url = _dig(data, shape.next)
    return items, next_url if isinstance(next_url, str) and next_url else None
