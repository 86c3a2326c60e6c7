"""The run's files: a JUnit XML report for CI and a HAR log of every exchange.

Written by us from the redacted report, not by Schemathesis's handlers, so nothing in
them can carry the key; the directory is replaced atomically.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from specbind.conformance.redaction import Redactor
from specbind.conformance.report import ContractReport, Exchange, Finding, Level
from specbind.fsutil import write_file_atomic

JUNIT_NAME = "junit.xml"
HAR_NAME = "requests.har"


def _failure_text(finding: Finding) -> str:
    head = f"{finding.title} (status {finding.status}, {finding.count}x)"
    if finding.evidence is None:
        return f"{head}\n{finding.request}\n{finding.message}"
    return "\n".join([head, finding.message, *finding.evidence.lines()])


def junit_xml(report: ContractReport) -> str:
    """One testcase per operation and check; failures and warnings in their bodies."""
    suite = ET.Element("testsuite", name=f"specbind contract {report.spec}")
    total = failed = skipped = 0
    for label, result in sorted(report.operations.items()):
        if result.skipped is not None:
            case = ET.SubElement(suite, "testcase", classname=label, name="(not tested)")
            ET.SubElement(case, "skipped", message=result.skipped)
            total += 1
            skipped += 1
            continue
        for check in sorted(result.checks):
            total += 1
            case = ET.SubElement(suite, "testcase", classname=label, name=check)
            findings = [f for f in report.findings if f.operation == label and f.check == check]
            problems = [f for f in findings if f.level is Level.FAILURE]
            if problems:
                failed += 1
                element = ET.SubElement(case, "failure", message=problems[0].title)
                element.text = "\n\n".join(_failure_text(f) for f in problems)
            notes = [f for f in findings if f.level is Level.WARNING]
            if notes:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join(
                    f"warning: {f.message} ({f.count}x, e.g. {f.request})" for f in notes
                )
    for error in report.errors:
        total += 1
        case = ET.SubElement(suite, "testcase", classname="run", name="error")
        ET.SubElement(case, "error", message=error.splitlines()[0] if error else "error")
    suite.set("tests", str(total))
    suite.set("failures", str(failed))
    suite.set("errors", str(len(report.errors)))
    suite.set("skipped", str(skipped))
    suite.set("time", f"{report.duration:.3f}")
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode")


def _content(body: bytes | None, redactor: Redactor) -> dict[str, Any]:
    if not body:
        return {"size": 0, "text": ""}
    try:
        return {"size": len(body), "text": redactor.text(body.decode("utf-8"))}
    except UnicodeDecodeError:
        return {"size": len(body), "encoding": "base64", "text": base64.b64encode(body).decode()}


def _entry(exchange: Exchange, redactor: Redactor) -> dict[str, Any]:
    request_type = next((v for k, v in exchange.request_headers if k.lower() == "content-type"), "")
    response_type = next(
        (v for k, v in exchange.response_headers if k.lower() == "content-type"), ""
    )
    started = datetime.fromtimestamp(exchange.started, UTC).isoformat()
    entry: dict[str, Any] = {
        "startedDateTime": started,
        "time": round(exchange.elapsed * 1000, 3),
        "request": {
            "method": exchange.method,
            "url": exchange.url,
            "httpVersion": "HTTP/1.1",
            "headers": [{"name": n, "value": v} for n, v in exchange.request_headers],
            "queryString": [],
            "cookies": [],
            "headersSize": -1,
            "bodySize": len(exchange.request_body or b""),
        },
        "response": {
            "status": exchange.status or 0,
            "statusText": "",
            "httpVersion": "HTTP/1.1",
            "headers": [{"name": n, "value": v} for n, v in exchange.response_headers],
            "cookies": [],
            "content": {"mimeType": response_type, **_content(exchange.response_body, redactor)},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(exchange.response_body),
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(exchange.elapsed * 1000, 3), "receive": 0},
    }
    if exchange.request_body:
        entry["request"]["postData"] = {
            "mimeType": request_type,
            **_content(exchange.request_body, redactor),
        }
    return entry


def har_log(report: ContractReport, redactor: Redactor) -> str:
    log = {
        "log": {
            "version": "1.2",
            "creator": {"name": "specbind contract", "version": "1"},
            "entries": [_entry(e, redactor) for e in report.exchanges],
        }
    }
    return json.dumps(log, indent=1, ensure_ascii=False) + "\n"


def write_artifacts(report: ContractReport, directory: Path, redactor: Redactor) -> list[Path]:
    """Write (or replace) the JUnit report and the HAR log; every text passes the redactor."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in ((JUNIT_NAME, junit_xml(report)), (HAR_NAME, har_log(report, redactor))):
        path = directory / name
        write_file_atomic(path, redactor.text(text).encode("utf-8"))
        written.append(path)
    return written
