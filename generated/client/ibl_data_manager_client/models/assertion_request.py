from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.acceptance_enum import AcceptanceEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assertion_credential_details import AssertionCredentialDetails


T = TypeVar("T", bound="AssertionRequest")


@_attrs_define
class AssertionRequest:
    """
    Attributes:
        entity_id (str):
        issued_on (str):
        credential_details (AssertionCredentialDetails):
        revocation_reason (str):
        expires (str):
        metadata (Any | Unset):
        narrative (None | str | Unset):
        revoked (bool | Unset):
        acceptance (AcceptanceEnum | Unset): * `Unaccepted` - Unaccepted * `Accepted` - Accepted * `Rejected` - Rejected
    """

    entity_id: str
    issued_on: str
    credential_details: AssertionCredentialDetails
    revocation_reason: str
    expires: str
    metadata: Any | Unset = UNSET
    narrative: None | str | Unset = UNSET
    revoked: bool | Unset = UNSET
    acceptance: AcceptanceEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        issued_on = self.issued_on

        credential_details = self.credential_details.to_dict()

        revocation_reason = self.revocation_reason

        expires = self.expires

        metadata = self.metadata

        narrative: None | str | Unset = self.narrative

        revoked = self.revoked

        acceptance: str | Unset = UNSET
        if not isinstance(self.acceptance, Unset):
            acceptance = self.acceptance.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "issuedOn": issued_on,
                "credentialDetails": credential_details,
                "revocationReason": revocation_reason,
                "expires": expires,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if narrative is not UNSET:
            field_dict["narrative"] = narrative
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if acceptance is not UNSET:
            field_dict["acceptance"] = acceptance

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("entityId", (None, str(self.entity_id).encode(), "text/plain")))

        files.append(("issuedOn", (None, str(self.issued_on).encode(), "text/plain")))

        files.append(
            (
                "credentialDetails",
                (None, json.dumps(self.credential_details.to_dict()).encode(), "application/json"),
            )
        )

        files.append(
            ("revocationReason", (None, str(self.revocation_reason).encode(), "text/plain"))
        )

        files.append(("expires", (None, str(self.expires).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.narrative, Unset):
            if isinstance(self.narrative, str):
                files.append(("narrative", (None, str(self.narrative).encode(), "text/plain")))
            else:
                files.append(("narrative", (None, str(self.narrative).encode(), "text/plain")))

        if not isinstance(self.revoked, Unset):
            files.append(("revoked", (None, str(self.revoked).encode(), "text/plain")))

        if not isinstance(self.acceptance, Unset):
            files.append(("acceptance", (None, str(self.acceptance.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assertion_credential_details import AssertionCredentialDetails  # noqa: PLC0415

        d = dict(src_dict)
        entity_id = d.pop("entityId")

        issued_on = d.pop("issuedOn")

        credential_details = AssertionCredentialDetails.from_dict(d.pop("credentialDetails"))

        revocation_reason = d.pop("revocationReason")

        expires = d.pop("expires")

        metadata = d.pop("metadata", UNSET)

        narrative = d.pop("narrative", UNSET)

        revoked = d.pop("revoked", UNSET)

        _acceptance = d.pop("acceptance", UNSET)
        acceptance: AcceptanceEnum | Unset
        if isinstance(_acceptance, Unset):
            acceptance = UNSET
        else:
            acceptance = AcceptanceEnum(_acceptance)

        assertion_request = cls(
            entity_id=entity_id,
            issued_on=issued_on,
            credential_details=credential_details,
            revocation_reason=revocation_reason,
            expires=expires,
            metadata=metadata,
            narrative=narrative,
            revoked=revoked,
            acceptance=acceptance,
        )

        assertion_request.additional_properties = d
        return assertion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
