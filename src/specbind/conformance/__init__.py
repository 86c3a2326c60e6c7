"""Conformance: Schemathesis against a server, judged by our rules, reported without secrets."""

from specbind.conformance.artifacts import write_artifacts
from specbind.conformance.redaction import REDACTED, Redactor
from specbind.conformance.report import CheckTally, ContractReport, Finding, Level, OperationResult
from specbind.conformance.runner import ContractOptions, run_contract

__all__ = [
    "REDACTED",
    "CheckTally",
    "ContractOptions",
    "ContractReport",
    "Finding",
    "Level",
    "OperationResult",
    "Redactor",
    "run_contract",
    "write_artifacts",
]
