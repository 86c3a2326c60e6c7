"""specbind: typed bindings kept true to an OpenAPI document."""

from specbind.errors import Problem, SpecbindError

__version__ = "0.1.0"

__all__ = ["Problem", "SpecbindError", "__version__"]
