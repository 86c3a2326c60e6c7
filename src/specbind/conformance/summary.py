"""The contract run as lines of text: per operation, per check, then every finding.

Plain strings (no markup) so the CLI can pass each through the redactor before printing.
"""

from __future__ import annotations

from specbind.conformance.report import ContractReport, Level

_MESSAGE_LINES = 10


def coverage(report: ContractReport) -> str:
    return f"{len(report.tested)} of {len(report.operations)} operations tested"


def verdict(report: ContractReport) -> str:
    failures, warnings = len(report.failures), len(report.warnings)
    broken = len({f.operation for f in report.failures})
    if report.passed:
        return f"PASSED: every check held ({warnings} warning(s)); {coverage(report)}"
    parts = [f"{failures} failure(s) in {broken} operation(s)"] if failures else []
    if report.errors:
        parts.append(f"{len(report.errors)} error(s) (requests without a usable answer)")
    parts.append(f"{warnings} warning(s)")
    return "FAILED: the server broke its contract: " + ", ".join(parts) + f"; {coverage(report)}"


def summary_lines(report: ContractReport) -> list[str]:
    requests = sum(op.requests for op in report.operations.values())
    lines = [
        f"contract run against {report.base_url} with spec {report.spec} "
        f"(seed {report.seed}, {report.duration:.1f} s, {requests} requests)",
        "",
        "per operation:",
    ]
    width = max((len(label) for label in report.operations), default=10)
    for label, result in sorted(report.operations.items()):
        if result.skipped is not None:
            lines.append(f"  {label:<{width}}  not tested: {result.skipped}")
            continue
        outcome = "FAIL" if result.failed else "ok"
        if not result.checks:
            outcome = "no responses"
        held = sum(1 for t in result.checks.values() if not t.failed)
        lines.append(
            f"  {label:<{width}}  {outcome:<4}  {result.requests} request(s), "
            f"{held}/{len(result.checks)} checks held"
        )
        # Only what needs reading; the per-check table below has every count.
        for check, tally in sorted(result.checks.items()):
            if tally.failed or tally.warned:
                detail = f"{tally.passed} passed, {tally.failed} failed"
                if tally.warned:
                    detail += f", {tally.warned} warned"
                lines.append(f"      {tally.outcome:<4} {check}: {detail}")
    if report.links:
        lines += ["", f"stateful links ({sum(report.links.values())} transition(s)):"]
        lines += [
            f"  {link}: {count} transition(s)" for link, count in sorted(report.links.items())
        ]
    lines += ["", "per check:"]
    for check in report.checks:
        tallies = [op.checks[check] for op in report.operations.values() if check in op.checks]
        failed = sum(t.failed for t in tallies)
        warned = sum(t.warned for t in tallies)
        outcome = "FAIL" if failed else ("warn" if warned else "ok")
        lines.append(
            f"  {outcome:<4} {check}: {sum(t.passed for t in tallies)} passed, {failed} failed"
            + (f", {warned} warned" if warned else "")
        )
    for title, level in (("failures", Level.FAILURE), ("warnings", Level.WARNING)):
        findings = [f for f in report.findings if f.level is level]
        if not findings:
            continue
        lines += ["", f"{title}:"]
        for finding in findings:
            tag = "FAIL" if level is Level.FAILURE else "warn"
            status = f"status {finding.status}, " if finding.status is not None else ""
            lines.append(
                f"  {tag} [{finding.check}] {finding.operation}: {finding.title} "
                f"({status}{finding.count}x)"
            )
            if level is Level.WARNING:
                if finding.request:
                    lines.append(f"      e.g. {finding.request}")
                if finding.message != finding.title:
                    lines.append(f"      {finding.message}")
                continue
            message = finding.message.splitlines()[:_MESSAGE_LINES]
            lines += [f"      {line}" for line in message if line.strip()]
            if finding.evidence is not None:
                lines += [f"      {line}" for line in finding.evidence.lines()]
            elif finding.request:
                lines.append(f"      e.g. {finding.request}")
                if finding.body:
                    lines.append(f"      body: {finding.body!r}")
    if report.errors:
        lines += ["", "errors:"]
        lines += [f"  {error}" for error in report.errors]
    lines += [f"note: {note}" for note in report.notes]
    lines += ["", verdict(report)]
    return lines
