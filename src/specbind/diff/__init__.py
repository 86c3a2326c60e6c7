"""What changed between two versions of a document, and what it breaks.

`diff_documents` compares two OpenAPI documents operation by operation (`$ref`s
followed) and returns a `DiffReport`; `render` turns it into text, Markdown or JSON;
`python_api.compare_packages` lists what breaks in the generated client's Python API.
"""

from specbind.diff.model import Change, DiffReport, Level
from specbind.diff.operations import diff_documents
from specbind.diff.rules import RULES, Rule
from specbind.release import SemverBump

__all__ = [
    "RULES",
    "Change",
    "DiffReport",
    "Level",
    "Rule",
    "SemverBump",
    "diff_documents",
]
