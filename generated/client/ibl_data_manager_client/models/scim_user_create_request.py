from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_address import SCIMAddress
    from ..models.scim_email import SCIMEmail
    from ..models.scim_meta import SCIMMeta
    from ..models.scim_name import SCIMName
    from ..models.scim_phone_number import SCIMPhoneNumber


T = TypeVar("T", bound="SCIMUserCreateRequest")


@_attrs_define
class SCIMUserCreateRequest:
    """SCIM user creation request serializer

    Attributes:
        user_name (str): Unique username/email for the user
        name (SCIMName): SCIM name object serializer. Fields allow_blank=True so response validation succeeds for users
            with no name set.
        emails (list[SCIMEmail]): User's email addresses
        schemas (list[str] | Unset): SCIM schema identifiers
        active (bool | Unset): Whether the user is active Default: True.
        display_name (str | Unset): Display name
        locale (str | Unset): User locale
        timezone (str | Unset): User timezone
        title (str | Unset): Job title
        organization (str | Unset): Organization
        phone_numbers (list[SCIMPhoneNumber] | Unset): Phone numbers
        addresses (list[SCIMAddress] | Unset): Addresses
        entitlements (list[str] | Unset): User entitlements
        roles (list[str] | Unset): User roles
        x_509_certificates (list[str] | Unset): X.509 certificates
        password (str | Unset): User password
        provider (str | Unset): Authentication provider
        tpa_uid (str | Unset): Third-party authentication UID
        is_staff (bool | Unset): Whether the user is a staff member Default: False.
        update (bool | Unset): Whether to update existing user Default: False.
        platform_orgs (list[str] | Unset): List of platform organizations to link the user to
        department_ids (list[int] | Unset): List of department IDs to make the user a member of
        group_ids (list[int] | Unset): List of group IDs to add the user to
        rbac_group_unique_ids (list[str] | Unset): List of RBAC group unique IDs to add the user to
        meta (SCIMMeta | Unset): SCIM meta object serializer
    """

    user_name: str
    name: SCIMName
    emails: list[SCIMEmail]
    schemas: list[str] | Unset = UNSET
    active: bool | Unset = True
    display_name: str | Unset = UNSET
    locale: str | Unset = UNSET
    timezone: str | Unset = UNSET
    title: str | Unset = UNSET
    organization: str | Unset = UNSET
    phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET
    addresses: list[SCIMAddress] | Unset = UNSET
    entitlements: list[str] | Unset = UNSET
    roles: list[str] | Unset = UNSET
    x_509_certificates: list[str] | Unset = UNSET
    password: str | Unset = UNSET
    provider: str | Unset = UNSET
    tpa_uid: str | Unset = UNSET
    is_staff: bool | Unset = False
    update: bool | Unset = False
    platform_orgs: list[str] | Unset = UNSET
    department_ids: list[int] | Unset = UNSET
    group_ids: list[int] | Unset = UNSET
    rbac_group_unique_ids: list[str] | Unset = UNSET
    meta: SCIMMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        name = self.name.to_dict()

        emails = []
        for emails_item_data in self.emails:
            emails_item = emails_item_data.to_dict()
            emails.append(emails_item)

        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        active = self.active

        display_name = self.display_name

        locale = self.locale

        timezone = self.timezone

        title = self.title

        organization = self.organization

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        entitlements: list[str] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = self.entitlements

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        x_509_certificates: list[str] | Unset = UNSET
        if not isinstance(self.x_509_certificates, Unset):
            x_509_certificates = self.x_509_certificates

        password = self.password

        provider = self.provider

        tpa_uid = self.tpa_uid

        is_staff = self.is_staff

        update = self.update

        platform_orgs: list[str] | Unset = UNSET
        if not isinstance(self.platform_orgs, Unset):
            platform_orgs = self.platform_orgs

        department_ids: list[int] | Unset = UNSET
        if not isinstance(self.department_ids, Unset):
            department_ids = self.department_ids

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        rbac_group_unique_ids: list[str] | Unset = UNSET
        if not isinstance(self.rbac_group_unique_ids, Unset):
            rbac_group_unique_ids = self.rbac_group_unique_ids

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userName": user_name,
                "name": name,
                "emails": emails,
            }
        )
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if active is not UNSET:
            field_dict["active"] = active
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if locale is not UNSET:
            field_dict["locale"] = locale
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if title is not UNSET:
            field_dict["title"] = title
        if organization is not UNSET:
            field_dict["organization"] = organization
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if roles is not UNSET:
            field_dict["roles"] = roles
        if x_509_certificates is not UNSET:
            field_dict["x509Certificates"] = x_509_certificates
        if password is not UNSET:
            field_dict["password"] = password
        if provider is not UNSET:
            field_dict["provider"] = provider
        if tpa_uid is not UNSET:
            field_dict["tpaUid"] = tpa_uid
        if is_staff is not UNSET:
            field_dict["isStaff"] = is_staff
        if update is not UNSET:
            field_dict["update"] = update
        if platform_orgs is not UNSET:
            field_dict["platformOrgs"] = platform_orgs
        if department_ids is not UNSET:
            field_dict["departmentIds"] = department_ids
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if rbac_group_unique_ids is not UNSET:
            field_dict["rbacGroupUniqueIds"] = rbac_group_unique_ids
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_address import SCIMAddress  # noqa: PLC0415
        from ..models.scim_email import SCIMEmail  # noqa: PLC0415
        from ..models.scim_meta import SCIMMeta  # noqa: PLC0415
        from ..models.scim_name import SCIMName  # noqa: PLC0415
        from ..models.scim_phone_number import SCIMPhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        user_name = d.pop("userName")

        name = SCIMName.from_dict(d.pop("name"))

        emails = []
        _emails = d.pop("emails")
        for emails_item_data in _emails:
            emails_item = SCIMEmail.from_dict(emails_item_data)

            emails.append(emails_item)

        schemas = cast(list[str], d.pop("schemas", UNSET))

        active = d.pop("active", UNSET)

        display_name = d.pop("displayName", UNSET)

        locale = d.pop("locale", UNSET)

        timezone = d.pop("timezone", UNSET)

        title = d.pop("title", UNSET)

        organization = d.pop("organization", UNSET)

        _phone_numbers = d.pop("phoneNumbers", UNSET)
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = SCIMPhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[SCIMAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = SCIMAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        entitlements = cast(list[str], d.pop("entitlements", UNSET))

        roles = cast(list[str], d.pop("roles", UNSET))

        x_509_certificates = cast(list[str], d.pop("x509Certificates", UNSET))

        password = d.pop("password", UNSET)

        provider = d.pop("provider", UNSET)

        tpa_uid = d.pop("tpaUid", UNSET)

        is_staff = d.pop("isStaff", UNSET)

        update = d.pop("update", UNSET)

        platform_orgs = cast(list[str], d.pop("platformOrgs", UNSET))

        department_ids = cast(list[int], d.pop("departmentIds", UNSET))

        group_ids = cast(list[int], d.pop("groupIds", UNSET))

        rbac_group_unique_ids = cast(list[str], d.pop("rbacGroupUniqueIds", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SCIMMeta.from_dict(_meta)

        scim_user_create_request = cls(
            user_name=user_name,
            name=name,
            emails=emails,
            schemas=schemas,
            active=active,
            display_name=display_name,
            locale=locale,
            timezone=timezone,
            title=title,
            organization=organization,
            phone_numbers=phone_numbers,
            addresses=addresses,
            entitlements=entitlements,
            roles=roles,
            x_509_certificates=x_509_certificates,
            password=password,
            provider=provider,
            tpa_uid=tpa_uid,
            is_staff=is_staff,
            update=update,
            platform_orgs=platform_orgs,
            department_ids=department_ids,
            group_ids=group_ids,
            rbac_group_unique_ids=rbac_group_unique_ids,
            meta=meta,
        )

        scim_user_create_request.additional_properties = d
        return scim_user_create_request

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
