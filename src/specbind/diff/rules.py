"""Every rule the diff applies: its id, its level and what it means for a client.

The levels follow one principle, the one oasdiff applies too: a change is breaking
in a request when the server may now refuse what it used to accept, and in a
response when the server may now send what a client could not handle. The same
edit (an enum value added, a property made optional) is therefore breaking on one
side and harmless on the other, so most schema rules come in request/response pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from specbind.diff.model import Level

B, N, INFO = Level.BREAKING, Level.NON_BREAKING, Level.INFO


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    meaning: str


_TABLE: list[tuple[str, Level, str]] = [
    # -- paths and operations -------------------------------------------------------------
    ("path-removed", B, "a path and its operations were removed"),
    ("path-added", N, "a new path with its operations"),
    ("operation-removed", B, "an operation was removed from a path that remains"),
    ("operation-added", N, "a new operation on an existing path"),
    ("operation-id-changed", INFO, "the operationId changed (the wire is unchanged)"),
    ("operation-deprecated", INFO, "the operation is now marked deprecated"),
    ("path-parameter-renamed", B, "a path template parameter was renamed"),
    # -- parameters -------------------------------------------------------------------
    ("request-parameter-removed", B, "a parameter callers pass is no longer read"),
    ("request-parameter-added-required", B, "a new parameter callers must send"),
    ("request-parameter-added-optional", N, "a new optional parameter"),
    ("request-parameter-became-required", B, "an optional parameter is now required"),
    ("request-parameter-became-optional", N, "a required parameter is now optional"),
    ("request-parameter-location-changed", B, "a parameter moved (e.g. query to header)"),
    # -- request bodies -----------------------------------------------------------------
    ("request-body-added-required", B, "a request body is now required where none was"),
    ("request-body-added-optional", N, "an optional request body where none was"),
    ("request-body-removed", B, "the request body is no longer read"),
    ("request-body-became-required", B, "the request body must now be sent"),
    ("request-body-became-optional", N, "the request body may now be omitted"),
    ("request-body-media-type-removed", B, "a request content type is no longer accepted"),
    ("request-body-media-type-added", N, "a new request content type is accepted"),
    # -- responses ----------------------------------------------------------------------
    ("response-success-status-removed", B, "a 2xx response clients handle is gone"),
    ("response-success-status-added", N, "a new 2xx response"),
    ("response-non-success-status-removed", INFO, "an error response is no longer documented"),
    ("response-non-success-status-added", INFO, "a new error response is documented"),
    ("response-media-type-removed", B, "a response content type clients read is gone"),
    ("response-media-type-added", N, "a new response content type"),
    # -- schemas in requests ------------------------------------------------------------
    ("request-type-changed", B, "the type changed so old values are refused"),
    ("request-type-widened", N, "the type accepts more (e.g. integer to number)"),
    ("request-format-changed", B, "a format was added or changed"),
    ("request-format-removed", N, "a format restriction was lifted"),
    ("request-enum-value-removed", B, "an accepted enum value is refused"),
    ("request-enum-value-added", N, "a new enum value is accepted"),
    ("request-enum-added", B, "values are now restricted to an enum"),
    ("request-enum-removed", N, "values are no longer restricted to an enum"),
    ("request-max-length-decreased", B, "maxLength was lowered or set"),
    ("request-max-length-increased", N, "maxLength was raised or lifted"),
    ("request-min-length-increased", B, "minLength was raised or set"),
    ("request-min-length-decreased", N, "minLength was lowered or lifted"),
    ("request-maximum-decreased", B, "maximum was lowered or set"),
    ("request-maximum-increased", N, "maximum was raised or lifted"),
    ("request-minimum-increased", B, "minimum was raised or set"),
    ("request-minimum-decreased", N, "minimum was lowered or lifted"),
    ("request-max-items-decreased", B, "maxItems was lowered or set"),
    ("request-max-items-increased", N, "maxItems was raised or lifted"),
    ("request-min-items-increased", B, "minItems was raised or set"),
    ("request-min-items-decreased", N, "minItems was lowered or lifted"),
    ("request-nullable-removed", B, "null is no longer accepted"),
    ("request-nullable-added", N, "null is now accepted"),
    ("request-property-removed", B, "a property clients send is no longer read"),
    ("request-property-added", N, "a new optional property"),
    ("request-required-property-added", B, "a property clients must now send"),
    ("request-property-became-required", B, "an optional property is now required"),
    ("request-property-became-optional", N, "a required property is now optional"),
    ("request-property-became-read-only", B, "a property clients send became readOnly"),
    ("request-property-no-longer-read-only", N, "a readOnly property may now be sent"),
    ("request-additional-properties-forbidden", B, "unlisted properties are now refused"),
    ("request-variant-removed", B, "a oneOf/anyOf alternative is no longer accepted"),
    ("request-variant-added", N, "a new oneOf/anyOf alternative is accepted"),
    # -- schemas in responses -----------------------------------------------------------
    ("response-type-changed", B, "the type changed so clients may get values they reject"),
    ("response-type-narrowed", N, "the type returned is narrower"),
    ("response-format-changed", B, "a format was changed or lifted"),
    ("response-format-added", N, "a format now describes the values returned"),
    ("response-enum-value-added", B, "a new enum value clients do not know"),
    ("response-enum-value-removed", N, "an enum value is no longer returned"),
    ("response-enum-removed", B, "values returned are no longer restricted to an enum"),
    ("response-enum-added", N, "values returned are now restricted to an enum"),
    ("response-nullable-added", B, "null may now be returned"),
    ("response-nullable-removed", N, "null is no longer returned"),
    ("response-property-removed", B, "a property clients read is gone"),
    ("response-property-added", N, "a new property is returned"),
    ("response-property-became-optional", B, "a property clients rely on may be missing"),
    ("response-property-became-required", INFO, "a property is now always returned"),
    ("response-property-became-write-only", B, "a returned property became writeOnly"),
    ("response-property-no-longer-write-only", N, "a writeOnly property is now returned"),
    ("response-variant-added", B, "a new oneOf/anyOf alternative clients do not know"),
    ("response-variant-removed", N, "a oneOf/anyOf alternative is no longer returned"),
    # -- security, servers, document ------------------------------------------------------
    ("security-requirement-removed", B, "a way to authenticate callers used is gone"),
    ("security-requirement-added", N, "a new way to authenticate"),
    ("security-scheme-changed", B, "a security scheme in use changed how it is sent"),
    ("server-removed", INFO, "a server URL is no longer listed"),
    ("server-added", INFO, "a new server URL is listed"),
    ("api-version-changed", INFO, "info.version changed"),
]

RULES: dict[str, Rule] = {rule_id: Rule(rule_id, level, text) for rule_id, level, text in _TABLE}


def level_of(rule_id: str) -> Level:
    """The level of a rule; an unknown id is a programming error, not a user's."""
    return RULES[rule_id].level
