"""FastAPI server stubs generated from the document, and a mock that serves them."""

from specbind.server.generate import ServerGeneration, generate_server

__all__ = ["ServerGeneration", "generate_server"]
