"""The generated client package: typed, safe to retry, pleasant to use."""

from specbind.client.generate import ClientGeneration, generate_client

__all__ = ["ClientGeneration", "generate_client"]
