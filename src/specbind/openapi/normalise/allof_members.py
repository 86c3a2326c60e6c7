"""allOf members that constrain nothing, said so (PandaScore's `allOf: [{nullable: true},
{$ref: OpponentID}]`, OpponentID a union of two integer ids).

OpenAPI 3.0.3 says `nullable: true` adds null to the types of the `type` keyword of the
same schema object, and only then: a member with `nullable` and no `type` changes
nothing (3.1 has no `nullable`: an unknown keyword, an annotation). Here such a
`nullable` leaves the member (kept under `x-specbind-typeless-nullable`), so
`allof_annotations` sees a member that only annotates, and an allOf of one `$ref` to a
union or a scalar becomes that `$ref`: the client engine takes no allOf of a non-object.
The set of valid values is unchanged.
"""

from __future__ import annotations

from typing import Any

from specbind.openapi.normalise.compositions import _all_schemas as all_schemas

TYPELESS_NULLABLE = "x-specbind-typeless-nullable"
_TYPED = frozenset({"type", "enum", "const", "$ref", "allOf", "anyOf", "oneOf"})


def typeless_nullable_members(data: dict[str, Any]) -> None:
    """Drop `nullable` from allOf members that have no `type` (see the module)."""
    for schema in list(all_schemas(data)):
        members = schema.get("allOf")
        if not isinstance(members, list):
            continue
        for member in members:
            if isinstance(member, dict) and "nullable" in member and _TYPED.isdisjoint(member):
                member[TYPELESS_NULLABLE] = member.pop("nullable")
