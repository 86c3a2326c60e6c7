"""Shared types of the models: `UNSET` marks an optional field that was not given."""

from collections.abc import Mapping
from typing import IO, BinaryIO, Literal

from attrs import define


class Unset:
    """The type of `UNSET`: falsy, and distinct from `None` (which may be a valid value)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# What `httpx` accepts as a multipart file.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset"]
