"""JSON pointers, in both representations RFC 6901 defines."""

from __future__ import annotations

import pytest

from specbind.openapi.pointer import ref_pointer, resolve_pointer, split_pointer

DOC = {"paths": {"/keys/{id}": {"get": {"parameters": [{"name": "id"}]}}, "/a%7Bb": 1}}


def test_a_uri_fragment_is_percent_decoded_before_it_is_split() -> None:
    # RFC 6901 section 6: `#` + the pointer, percent-encoded as a URI fragment.
    assert split_pointer("#/paths/~1keys~1%7Bid%7D/get") == ["paths", "/keys/{id}", "get"]
    assert resolve_pointer(DOC, "#/paths/~1keys~1%7Bid%7D/get/parameters/0") == {"name": "id"}


def test_an_encoded_tilde_and_slash_decode_to_escapes_not_separators() -> None:
    # `%7E1` is `~1` (an escaped slash inside a token); `%2F` is a literal separator.
    assert split_pointer("#/a%7E1b/c") == ["a/b", "c"]
    assert split_pointer("#/a%2Fb") == ["a", "b"]


def test_a_plain_pointer_is_taken_literally() -> None:
    # The JSON string representation has no percent-encoding: `%7B` is three characters.
    assert split_pointer("/paths/~1a%7Bb") == ["paths", "/a%7Bb"]
    assert resolve_pointer(DOC, "/paths/~1a%7Bb") == 1
    assert resolve_pointer(DOC, "#/paths/~1a%257Bb") == 1


def test_a_missing_token_names_the_decoded_token() -> None:
    with pytest.raises(KeyError) as missing:
        resolve_pointer(DOC, "#/paths/~1keys~1%7Bother%7D")
    assert missing.value.args[0] == "/keys/{other}"


def test_a_ref_reads_as_a_plain_pointer_with_its_escapes_kept() -> None:
    assert ref_pointer("#/paths/~1keys~1%7Bid%7D/get") == "/paths/~1keys~1{id}/get"
    assert ref_pointer("#") == ""


def test_located_objects_walks_every_object_with_its_pointer() -> None:
    from specbind.openapi.pointer import located_objects

    shared = {"$ref": "#/s"}
    data = {"a/b": [{"x": 1}, 2, shared], "example": {"in": "data"}, "c": shared}
    every = sorted(pointer for _, pointer in located_objects(data))
    assert every == ["", "/a~1b/0", "/a~1b/2", "/c", "/example"]
    skipped = sorted(p for _, p in located_objects(data, skip={"example"}.__contains__))
    assert skipped == ["", "/a~1b/0", "/a~1b/2", "/c"]
    once = [p for node, p in located_objects(data, once=True) if node is shared]
    assert len(once) == 1
