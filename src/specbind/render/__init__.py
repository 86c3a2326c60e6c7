"""Helpers the generators' templates share: untrusted spec text made safe for code."""

from specbind.render.text import comment, docstring, python_literal, register, toml_string

__all__ = ["comment", "docstring", "python_literal", "register", "toml_string"]
