"""openapi-python-client's messages show the document's text, not an object's address."""

from __future__ import annotations

from openapi_python_client.schema.untrusted_string import UntrustedString

from specbind.client.engine import engine_messages_show_text


def test_untrusted_text_in_an_engine_message_reads_as_its_literal() -> None:
    name = UntrustedString('na"me')
    with engine_messages_show_text():
        assert f"status code {name}" == "status code 'na\"me'"
    assert "UntrustedString object at 0x" in f"{name}"
    assert "__format__" not in UntrustedString.__dict__
