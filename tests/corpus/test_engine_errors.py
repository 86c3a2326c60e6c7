"""The client engine's complaints name the JSON pointer they are about."""

from __future__ import annotations

from specbind.client.generate import _engine_pointer


def test_an_endpoint_message_names_the_operation_pointer() -> None:
    text = (
        "WARNING parsing GET /a/{b}/c.json within default.: Parameters with same Python identifier"
    )
    assert _engine_pointer(text) == "/paths/~1a~1{b}~1c.json/get"


def test_a_schema_message_names_the_schema_pointer() -> None:
    text = "Unable to process schema /components/schemas/Event:: Cannot take allOf a non-object"
    assert _engine_pointer(text) == "/components/schemas/Event"


def test_a_message_about_nothing_in_particular_names_nothing() -> None:
    assert _engine_pointer("openapi-python-client: failed") == ""
