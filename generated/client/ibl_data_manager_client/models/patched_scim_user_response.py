from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_email import SCIMEmail
    from ..models.scim_enterprise_user import SCIMEnterpriseUser
    from ..models.scim_meta import SCIMMeta
    from ..models.scim_name import SCIMName


T = TypeVar("T", bound="PatchedSCIMUserResponse")


@_attrs_define
class PatchedSCIMUserResponse:
    """SCIM user response serializer

    Attributes:
        schemas (list[str] | Unset): SCIM schema identifiers
        id (str | Unset): User ID
        user_name (str | Unset): Username
        name (SCIMName | Unset): SCIM name object serializer. Fields allow_blank=True so response validation succeeds
            for users with no name set.
        emails (list[SCIMEmail] | Unset): User's email addresses
        active (bool | Unset): Whether the user is active
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user (SCIMEnterpriseUser | Unset): SCIM enterprise user
            extension serializer
        meta (SCIMMeta | Unset): SCIM meta object serializer
    """

    schemas: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    name: SCIMName | Unset = UNSET
    emails: list[SCIMEmail] | Unset = UNSET
    active: bool | Unset = UNSET
    urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser | Unset = UNSET
    meta: SCIMMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        id = self.id

        user_name = self.user_name

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        active = self.active

        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.urn_ietf_params_scim_schemas_extension_enterprise_2_0_user, Unset):
            urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = (
                self.urn_ietf_params_scim_schemas_extension_enterprise_2_0_user.to_dict()
            )

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if id is not UNSET:
            field_dict["id"] = id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if name is not UNSET:
            field_dict["name"] = name
        if emails is not UNSET:
            field_dict["emails"] = emails
        if active is not UNSET:
            field_dict["active"] = active
        if urn_ietf_params_scim_schemas_extension_enterprise_2_0_user is not UNSET:
            field_dict["urn_ietf_params_scim_schemas_extension_enterprise_2_0_User"] = (
                urn_ietf_params_scim_schemas_extension_enterprise_2_0_user
            )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_email import SCIMEmail  # noqa: PLC0415
        from ..models.scim_enterprise_user import SCIMEnterpriseUser  # noqa: PLC0415
        from ..models.scim_meta import SCIMMeta  # noqa: PLC0415
        from ..models.scim_name import SCIMName  # noqa: PLC0415

        d = dict(src_dict)
        schemas = cast(list[str], d.pop("schemas", UNSET))

        id = d.pop("id", UNSET)

        user_name = d.pop("userName", UNSET)

        _name = d.pop("name", UNSET)
        name: SCIMName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SCIMName.from_dict(_name)

        _emails = d.pop("emails", UNSET)
        emails: list[SCIMEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = SCIMEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        active = d.pop("active", UNSET)

        _urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = d.pop(
            "urn_ietf_params_scim_schemas_extension_enterprise_2_0_User", UNSET
        )
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser | Unset
        if isinstance(_urn_ietf_params_scim_schemas_extension_enterprise_2_0_user, Unset):
            urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = UNSET
        else:
            urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = (
                SCIMEnterpriseUser.from_dict(
                    _urn_ietf_params_scim_schemas_extension_enterprise_2_0_user
                )
            )

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SCIMMeta.from_dict(_meta)

        patched_scim_user_response = cls(
            schemas=schemas,
            id=id,
            user_name=user_name,
            name=name,
            emails=emails,
            active=active,
            urn_ietf_params_scim_schemas_extension_enterprise_2_0_user=urn_ietf_params_scim_schemas_extension_enterprise_2_0_user,
            meta=meta,
        )

        patched_scim_user_response.additional_properties = d
        return patched_scim_user_response

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
