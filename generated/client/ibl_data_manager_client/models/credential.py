from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential:
    """
    Attributes:
        credential_id (str):
        credential_url (str):
        name (str):
        revoked (bool):
        credential_type (None | str | Unset):
        issuer (None | str | Unset):
        issued_on (datetime.datetime | None | Unset):
        expires_at (datetime.datetime | None | Unset):
    """

    credential_id: str
    credential_url: str
    name: str
    revoked: bool
    credential_type: None | str | Unset = UNSET
    issuer: None | str | Unset = UNSET
    issued_on: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_id = self.credential_id

        credential_url = self.credential_url

        name = self.name

        revoked = self.revoked

        credential_type: None | str | Unset = self.credential_type

        issuer: None | str | Unset = self.issuer

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.datetime):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_id": credential_id,
                "credential_url": credential_url,
                "name": name,
                "revoked": revoked,
            }
        )
        if credential_type is not UNSET:
            field_dict["credential_type"] = credential_type
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("credential_id", (None, str(self.credential_id).encode(), "text/plain")))

        files.append(("credential_url", (None, str(self.credential_url).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("revoked", (None, str(self.revoked).encode(), "text/plain")))

        if not isinstance(self.credential_type, Unset):
            if isinstance(self.credential_type, str):
                files.append(
                    ("credential_type", (None, str(self.credential_type).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("credential_type", (None, str(self.credential_type).encode(), "text/plain"))
                )

        if not isinstance(self.issuer, Unset):
            if isinstance(self.issuer, str):
                files.append(("issuer", (None, str(self.issuer).encode(), "text/plain")))
            else:
                files.append(("issuer", (None, str(self.issuer).encode(), "text/plain")))

        if not isinstance(self.issued_on, Unset):
            if isinstance(self.issued_on, datetime.datetime):
                files.append(
                    ("issued_on", (None, self.issued_on.isoformat().encode(), "text/plain"))
                )
            else:
                files.append(("issued_on", (None, str(self.issued_on).encode(), "text/plain")))

        if not isinstance(self.expires_at, Unset):
            if isinstance(self.expires_at, datetime.datetime):
                files.append(
                    ("expires_at", (None, self.expires_at.isoformat().encode(), "text/plain"))
                )
            else:
                files.append(("expires_at", (None, str(self.expires_at).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_id = d.pop("credential_id")

        credential_url = d.pop("credential_url")

        name = d.pop("name")

        revoked = d.pop("revoked")

        credential_type = d.pop("credential_type", UNSET)

        issuer = d.pop("issuer", UNSET)

        def _parse_issued_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.datetime.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        credential = cls(
            credential_id=credential_id,
            credential_url=credential_url,
            name=name,
            revoked=revoked,
            credential_type=credential_type,
            issuer=issuer,
            issued_on=issued_on,
            expires_at=expires_at,
        )

        credential.additional_properties = d
        return credential

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
