from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acceptance_enum import AcceptanceEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assertion_course import AssertionCourse
    from ..models.assertion_credential_details import AssertionCredentialDetails
    from ..models.assertion_program import AssertionProgram
    from ..models.assertion_recipient import AssertionRecipient


T = TypeVar("T", bound="Assertion")


@_attrs_define
class Assertion:
    """
    Attributes:
        entity_id (str):
        issued_on (str):
        credential_details (AssertionCredentialDetails):
        recipient (AssertionRecipient):
        course (AssertionCourse):
        program (AssertionProgram):
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
    recipient: AssertionRecipient
    course: AssertionCourse
    program: AssertionProgram
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

        recipient = self.recipient.to_dict()

        course = self.course.to_dict()

        program = self.program.to_dict()

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
                "recipient": recipient,
                "course": course,
                "program": program,
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assertion_course import AssertionCourse  # noqa: PLC0415
        from ..models.assertion_credential_details import AssertionCredentialDetails  # noqa: PLC0415
        from ..models.assertion_program import AssertionProgram  # noqa: PLC0415
        from ..models.assertion_recipient import AssertionRecipient  # noqa: PLC0415

        d = dict(src_dict)
        entity_id = d.pop("entityId")

        issued_on = d.pop("issuedOn")

        credential_details = AssertionCredentialDetails.from_dict(d.pop("credentialDetails"))

        recipient = AssertionRecipient.from_dict(d.pop("recipient"))

        course = AssertionCourse.from_dict(d.pop("course"))

        program = AssertionProgram.from_dict(d.pop("program"))

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

        assertion = cls(
            entity_id=entity_id,
            issued_on=issued_on,
            credential_details=credential_details,
            recipient=recipient,
            course=course,
            program=program,
            revocation_reason=revocation_reason,
            expires=expires,
            metadata=metadata,
            narrative=narrative,
            revoked=revoked,
            acceptance=acceptance,
        )

        assertion.additional_properties = d
        return assertion

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
