"""`Client.orgs.scim.v2.users`: 10 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.scim import create_user as _create_user
from ......api.scim import delete_user as _delete_user
from ......api.scim import delete_user_2 as _delete_user_2
from ......api.scim import list_users as _list_users
from ......api.scim import partial_update_user as _partial_update_user
from ......api.scim import partial_update_user_2 as _partial_update_user_2
from ......api.scim import retrieve_user as _retrieve_user
from ......api.scim import retrieve_user_2 as _retrieve_user_2
from ......api.scim import update_user as _update_user
from ......api.scim import update_user_2 as _update_user_2
from ......models.patched_scim_user_response import PatchedSCIMUserResponse
from ......models.scim_address import SCIMAddress
from ......models.scim_email import SCIMEmail
from ......models.scim_enterprise_user import SCIMEnterpriseUser
from ......models.scim_meta import SCIMMeta
from ......models.scim_name import SCIMName
from ......models.scim_phone_number import SCIMPhoneNumber
from ......models.scim_user_create_request import SCIMUserCreateRequest
from ......models.scim_user_list_response import SCIMUserListResponse
from ......models.scim_user_response import SCIMUserResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "OrgsScimV2UsersResource",
    "OrgsScimV2UsersResourceWithRawResponse",
    "AsyncOrgsScimV2UsersResource",
    "AsyncOrgsScimV2UsersResourceWithRawResponse",
]


class OrgsScimV2UsersResource:
    """`Client.orgs.scim.v2.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrgsScimV2UsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OrgsScimV2UsersResourceWithRawResponse(self)

    def list_users(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SCIMUserListResponse]:
        """List users in the system

        List users in the system for the specified platform

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)

        Returns:
            list[SCIMUserListResponse]
        """
        return self._client._send(
            _list_users.OPERATION,
            _list_users.build_request(platform_key=platform_key, format_=format_),
            options,
        )

    @overload
    def create_user(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    def create_user(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        user_name: str,
        name: SCIMName,
        emails: list[SCIMEmail],
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    def create_user(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Create a new user in the system

        Create a new user in the system for the specified platform

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer
            Or the body's fields as keywords instead of body=: user_name, name, emails, schemas,
                active, display_name, locale, timezone, title, organization, phone_numbers,
                addresses, entitlements, roles, x_509_certificates, password, provider, tpa_uid,
                is_staff, update, platform_orgs, department_ids, group_ids,
                rbac_group_unique_ids, meta

        Returns:
            SCIMUserResponse
        """
        body = body_from_fields(
            "orgs.scim.v2.users.create_user",
            body,
            SCIMUserCreateRequest,
            ["user_name", "name", "emails"],
            (
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("schemas", "schemas", schemas),
                ("active", "active", active),
                ("display_name", "display_name", display_name),
                ("locale", "locale", locale),
                ("timezone", "timezone", timezone),
                ("title", "title", title),
                ("organization", "organization", organization),
                ("phone_numbers", "phone_numbers", phone_numbers),
                ("addresses", "addresses", addresses),
                ("entitlements", "entitlements", entitlements),
                ("roles", "roles", roles),
                ("x_509_certificates", "x_509_certificates", x_509_certificates),
                ("password", "password", password),
                ("provider", "provider", provider),
                ("tpa_uid", "tpa_uid", tpa_uid),
                ("is_staff", "is_staff", is_staff),
                ("update", "update", update),
                ("platform_orgs", "platform_orgs", platform_orgs),
                ("department_ids", "department_ids", department_ids),
                ("group_ids", "group_ids", group_ids),
                ("rbac_group_unique_ids", "rbac_group_unique_ids", rbac_group_unique_ids),
                ("meta", "meta", meta),
            ),
        )
        return self._client._send(
            _create_user.OPERATION,
            _create_user.build_request(platform_key=platform_key, format_=format_, body=body),
            options,
        )

    def delete_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _delete_user.OPERATION,
            _delete_user.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def retrieve_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _retrieve_user.OPERATION,
            _retrieve_user.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    @overload
    def partial_update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    def partial_update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        body_id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        active: bool | Unset = UNSET,
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
        | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    def partial_update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        body_id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        active: bool | Unset = UNSET,
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
        | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMUserResponse | Unset, request body): SCIM user response serializer
            Or the body's fields as keywords instead of body=: schemas, body_id, user_name,
                name, emails, active,
                urn_ietf_params_scim_schemas_extension_enterprise_2_0_user, meta

        Returns:
            SCIMUserResponse
        """
        body = optional_body_from_fields(
            "orgs.scim.v2.users.partial_update_user",
            body,
            PatchedSCIMUserResponse,
            [],
            (
                ("schemas", "schemas", schemas),
                ("body_id", "id", body_id),
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("active", "active", active),
                (
                    "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user",
                    "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user",
                    urn_ietf_params_scim_schemas_extension_enterprise_2_0_user,
                ),
                ("meta", "meta", meta),
            ),
        )
        return self._client._send(
            _partial_update_user.OPERATION,
            _partial_update_user.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    @overload
    def update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    def update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        user_name: str,
        name: SCIMName,
        emails: list[SCIMEmail],
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    def update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer
            Or the body's fields as keywords instead of body=: user_name, name, emails, schemas,
                active, display_name, locale, timezone, title, organization, phone_numbers,
                addresses, entitlements, roles, x_509_certificates, password, provider, tpa_uid,
                is_staff, update, platform_orgs, department_ids, group_ids,
                rbac_group_unique_ids, meta

        Returns:
            SCIMUserResponse
        """
        body = body_from_fields(
            "orgs.scim.v2.users.update_user",
            body,
            SCIMUserCreateRequest,
            ["user_name", "name", "emails"],
            (
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("schemas", "schemas", schemas),
                ("active", "active", active),
                ("display_name", "display_name", display_name),
                ("locale", "locale", locale),
                ("timezone", "timezone", timezone),
                ("title", "title", title),
                ("organization", "organization", organization),
                ("phone_numbers", "phone_numbers", phone_numbers),
                ("addresses", "addresses", addresses),
                ("entitlements", "entitlements", entitlements),
                ("roles", "roles", roles),
                ("x_509_certificates", "x_509_certificates", x_509_certificates),
                ("password", "password", password),
                ("provider", "provider", provider),
                ("tpa_uid", "tpa_uid", tpa_uid),
                ("is_staff", "is_staff", is_staff),
                ("update", "update", update),
                ("platform_orgs", "platform_orgs", platform_orgs),
                ("department_ids", "department_ids", department_ids),
                ("group_ids", "group_ids", group_ids),
                ("rbac_group_unique_ids", "rbac_group_unique_ids", rbac_group_unique_ids),
                ("meta", "meta", meta),
            ),
        )
        return self._client._send(
            _update_user.OPERATION,
            _update_user.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    def delete_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _delete_user_2.OPERATION,
            _delete_user_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def retrieve_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _retrieve_user_2.OPERATION,
            _retrieve_user_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    @overload
    def partial_update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    def partial_update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        body_id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        active: bool | Unset = UNSET,
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
        | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    def partial_update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        body_id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        active: bool | Unset = UNSET,
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
        | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMUserResponse | Unset, request body): SCIM user response serializer
            Or the body's fields as keywords instead of body=: schemas, body_id, user_name,
                name, emails, active,
                urn_ietf_params_scim_schemas_extension_enterprise_2_0_user, meta

        Returns:
            SCIMUserResponse
        """
        body = optional_body_from_fields(
            "orgs.scim.v2.users.partial_update_user_2",
            body,
            PatchedSCIMUserResponse,
            [],
            (
                ("schemas", "schemas", schemas),
                ("body_id", "id", body_id),
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("active", "active", active),
                (
                    "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user",
                    "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user",
                    urn_ietf_params_scim_schemas_extension_enterprise_2_0_user,
                ),
                ("meta", "meta", meta),
            ),
        )
        return self._client._send(
            _partial_update_user_2.OPERATION,
            _partial_update_user_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    @overload
    def update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    def update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        user_name: str,
        name: SCIMName,
        emails: list[SCIMEmail],
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    def update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer
            Or the body's fields as keywords instead of body=: user_name, name, emails, schemas,
                active, display_name, locale, timezone, title, organization, phone_numbers,
                addresses, entitlements, roles, x_509_certificates, password, provider, tpa_uid,
                is_staff, update, platform_orgs, department_ids, group_ids,
                rbac_group_unique_ids, meta

        Returns:
            SCIMUserResponse
        """
        body = body_from_fields(
            "orgs.scim.v2.users.update_user_2",
            body,
            SCIMUserCreateRequest,
            ["user_name", "name", "emails"],
            (
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("schemas", "schemas", schemas),
                ("active", "active", active),
                ("display_name", "display_name", display_name),
                ("locale", "locale", locale),
                ("timezone", "timezone", timezone),
                ("title", "title", title),
                ("organization", "organization", organization),
                ("phone_numbers", "phone_numbers", phone_numbers),
                ("addresses", "addresses", addresses),
                ("entitlements", "entitlements", entitlements),
                ("roles", "roles", roles),
                ("x_509_certificates", "x_509_certificates", x_509_certificates),
                ("password", "password", password),
                ("provider", "provider", provider),
                ("tpa_uid", "tpa_uid", tpa_uid),
                ("is_staff", "is_staff", is_staff),
                ("update", "update", update),
                ("platform_orgs", "platform_orgs", platform_orgs),
                ("department_ids", "department_ids", department_ids),
                ("group_ids", "group_ids", group_ids),
                ("rbac_group_unique_ids", "rbac_group_unique_ids", rbac_group_unique_ids),
                ("meta", "meta", meta),
            ),
        )
        return self._client._send(
            _update_user_2.OPERATION,
            _update_user_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )


class OrgsScimV2UsersResourceWithRawResponse:
    """`Client.orgs.scim.v2.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OrgsScimV2UsersResource) -> None:
        self._resource = resource
        self.list_users = to_raw_response(resource.list_users)
        self.create_user = to_raw_response(resource.create_user)
        self.delete_user = to_raw_response(resource.delete_user)
        self.retrieve_user = to_raw_response(resource.retrieve_user)
        self.partial_update_user = to_raw_response(resource.partial_update_user)
        self.update_user = to_raw_response(resource.update_user)
        self.delete_user_2 = to_raw_response(resource.delete_user_2)
        self.retrieve_user_2 = to_raw_response(resource.retrieve_user_2)
        self.partial_update_user_2 = to_raw_response(resource.partial_update_user_2)
        self.update_user_2 = to_raw_response(resource.update_user_2)


class AsyncOrgsScimV2UsersResource:
    """`AsyncClient.orgs.scim.v2.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrgsScimV2UsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOrgsScimV2UsersResourceWithRawResponse(self)

    async def list_users(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SCIMUserListResponse]:
        """List users in the system

        List users in the system for the specified platform

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)

        Returns:
            list[SCIMUserListResponse]
        """
        return await self._client._send(
            _list_users.OPERATION,
            _list_users.build_request(platform_key=platform_key, format_=format_),
            options,
        )

    @overload
    async def create_user(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    async def create_user(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        user_name: str,
        name: SCIMName,
        emails: list[SCIMEmail],
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    async def create_user(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Create a new user in the system

        Create a new user in the system for the specified platform

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer
            Or the body's fields as keywords instead of body=: user_name, name, emails, schemas,
                active, display_name, locale, timezone, title, organization, phone_numbers,
                addresses, entitlements, roles, x_509_certificates, password, provider, tpa_uid,
                is_staff, update, platform_orgs, department_ids, group_ids,
                rbac_group_unique_ids, meta

        Returns:
            SCIMUserResponse
        """
        body = body_from_fields(
            "orgs.scim.v2.users.create_user",
            body,
            SCIMUserCreateRequest,
            ["user_name", "name", "emails"],
            (
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("schemas", "schemas", schemas),
                ("active", "active", active),
                ("display_name", "display_name", display_name),
                ("locale", "locale", locale),
                ("timezone", "timezone", timezone),
                ("title", "title", title),
                ("organization", "organization", organization),
                ("phone_numbers", "phone_numbers", phone_numbers),
                ("addresses", "addresses", addresses),
                ("entitlements", "entitlements", entitlements),
                ("roles", "roles", roles),
                ("x_509_certificates", "x_509_certificates", x_509_certificates),
                ("password", "password", password),
                ("provider", "provider", provider),
                ("tpa_uid", "tpa_uid", tpa_uid),
                ("is_staff", "is_staff", is_staff),
                ("update", "update", update),
                ("platform_orgs", "platform_orgs", platform_orgs),
                ("department_ids", "department_ids", department_ids),
                ("group_ids", "group_ids", group_ids),
                ("rbac_group_unique_ids", "rbac_group_unique_ids", rbac_group_unique_ids),
                ("meta", "meta", meta),
            ),
        )
        return await self._client._send(
            _create_user.OPERATION,
            _create_user.build_request(platform_key=platform_key, format_=format_, body=body),
            options,
        )

    async def delete_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _delete_user.OPERATION,
            _delete_user.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def retrieve_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _retrieve_user.OPERATION,
            _retrieve_user.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    @overload
    async def partial_update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    async def partial_update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        body_id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        active: bool | Unset = UNSET,
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
        | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    async def partial_update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        body_id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        active: bool | Unset = UNSET,
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
        | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMUserResponse | Unset, request body): SCIM user response serializer
            Or the body's fields as keywords instead of body=: schemas, body_id, user_name,
                name, emails, active,
                urn_ietf_params_scim_schemas_extension_enterprise_2_0_user, meta

        Returns:
            SCIMUserResponse
        """
        body = optional_body_from_fields(
            "orgs.scim.v2.users.partial_update_user",
            body,
            PatchedSCIMUserResponse,
            [],
            (
                ("schemas", "schemas", schemas),
                ("body_id", "id", body_id),
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("active", "active", active),
                (
                    "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user",
                    "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user",
                    urn_ietf_params_scim_schemas_extension_enterprise_2_0_user,
                ),
                ("meta", "meta", meta),
            ),
        )
        return await self._client._send(
            _partial_update_user.OPERATION,
            _partial_update_user.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    @overload
    async def update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    async def update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        user_name: str,
        name: SCIMName,
        emails: list[SCIMEmail],
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    async def update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer
            Or the body's fields as keywords instead of body=: user_name, name, emails, schemas,
                active, display_name, locale, timezone, title, organization, phone_numbers,
                addresses, entitlements, roles, x_509_certificates, password, provider, tpa_uid,
                is_staff, update, platform_orgs, department_ids, group_ids,
                rbac_group_unique_ids, meta

        Returns:
            SCIMUserResponse
        """
        body = body_from_fields(
            "orgs.scim.v2.users.update_user",
            body,
            SCIMUserCreateRequest,
            ["user_name", "name", "emails"],
            (
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("schemas", "schemas", schemas),
                ("active", "active", active),
                ("display_name", "display_name", display_name),
                ("locale", "locale", locale),
                ("timezone", "timezone", timezone),
                ("title", "title", title),
                ("organization", "organization", organization),
                ("phone_numbers", "phone_numbers", phone_numbers),
                ("addresses", "addresses", addresses),
                ("entitlements", "entitlements", entitlements),
                ("roles", "roles", roles),
                ("x_509_certificates", "x_509_certificates", x_509_certificates),
                ("password", "password", password),
                ("provider", "provider", provider),
                ("tpa_uid", "tpa_uid", tpa_uid),
                ("is_staff", "is_staff", is_staff),
                ("update", "update", update),
                ("platform_orgs", "platform_orgs", platform_orgs),
                ("department_ids", "department_ids", department_ids),
                ("group_ids", "group_ids", group_ids),
                ("rbac_group_unique_ids", "rbac_group_unique_ids", rbac_group_unique_ids),
                ("meta", "meta", meta),
            ),
        )
        return await self._client._send(
            _update_user.OPERATION,
            _update_user.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    async def delete_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _delete_user_2.OPERATION,
            _delete_user_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def retrieve_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _retrieve_user_2.OPERATION,
            _retrieve_user_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    @overload
    async def partial_update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    async def partial_update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        body_id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        active: bool | Unset = UNSET,
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
        | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    async def partial_update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        body_id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        active: bool | Unset = UNSET,
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
        | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMUserResponse | Unset, request body): SCIM user response serializer
            Or the body's fields as keywords instead of body=: schemas, body_id, user_name,
                name, emails, active,
                urn_ietf_params_scim_schemas_extension_enterprise_2_0_user, meta

        Returns:
            SCIMUserResponse
        """
        body = optional_body_from_fields(
            "orgs.scim.v2.users.partial_update_user_2",
            body,
            PatchedSCIMUserResponse,
            [],
            (
                ("schemas", "schemas", schemas),
                ("body_id", "id", body_id),
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("active", "active", active),
                (
                    "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user",
                    "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user",
                    urn_ietf_params_scim_schemas_extension_enterprise_2_0_user,
                ),
                ("meta", "meta", meta),
            ),
        )
        return await self._client._send(
            _partial_update_user_2.OPERATION,
            _partial_update_user_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    @overload
    async def update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    @overload
    async def update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        user_name: str,
        name: SCIMName,
        emails: list[SCIMEmail],
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse: ...

    async def update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: SCIMName | Unset = UNSET,
        emails: list[SCIMEmail] | Unset = UNSET,
        schemas: list[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        display_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        title: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET,
        addresses: list[SCIMAddress] | Unset = UNSET,
        entitlements: list[str] | Unset = UNSET,
        roles: list[str] | Unset = UNSET,
        x_509_certificates: list[str] | Unset = UNSET,
        password: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        tpa_uid: str | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
        update: bool | Unset = UNSET,
        platform_orgs: list[str] | Unset = UNSET,
        department_ids: list[int] | Unset = UNSET,
        group_ids: list[int] | Unset = UNSET,
        rbac_group_unique_ids: list[str] | Unset = UNSET,
        meta: SCIMMeta | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer
            Or the body's fields as keywords instead of body=: user_name, name, emails, schemas,
                active, display_name, locale, timezone, title, organization, phone_numbers,
                addresses, entitlements, roles, x_509_certificates, password, provider, tpa_uid,
                is_staff, update, platform_orgs, department_ids, group_ids,
                rbac_group_unique_ids, meta

        Returns:
            SCIMUserResponse
        """
        body = body_from_fields(
            "orgs.scim.v2.users.update_user_2",
            body,
            SCIMUserCreateRequest,
            ["user_name", "name", "emails"],
            (
                ("user_name", "user_name", user_name),
                ("name", "name", name),
                ("emails", "emails", emails),
                ("schemas", "schemas", schemas),
                ("active", "active", active),
                ("display_name", "display_name", display_name),
                ("locale", "locale", locale),
                ("timezone", "timezone", timezone),
                ("title", "title", title),
                ("organization", "organization", organization),
                ("phone_numbers", "phone_numbers", phone_numbers),
                ("addresses", "addresses", addresses),
                ("entitlements", "entitlements", entitlements),
                ("roles", "roles", roles),
                ("x_509_certificates", "x_509_certificates", x_509_certificates),
                ("password", "password", password),
                ("provider", "provider", provider),
                ("tpa_uid", "tpa_uid", tpa_uid),
                ("is_staff", "is_staff", is_staff),
                ("update", "update", update),
                ("platform_orgs", "platform_orgs", platform_orgs),
                ("department_ids", "department_ids", department_ids),
                ("group_ids", "group_ids", group_ids),
                ("rbac_group_unique_ids", "rbac_group_unique_ids", rbac_group_unique_ids),
                ("meta", "meta", meta),
            ),
        )
        return await self._client._send(
            _update_user_2.OPERATION,
            _update_user_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )


class AsyncOrgsScimV2UsersResourceWithRawResponse:
    """`AsyncClient.orgs.scim.v2.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOrgsScimV2UsersResource) -> None:
        self._resource = resource
        self.list_users = async_to_raw_response(resource.list_users)
        self.create_user = async_to_raw_response(resource.create_user)
        self.delete_user = async_to_raw_response(resource.delete_user)
        self.retrieve_user = async_to_raw_response(resource.retrieve_user)
        self.partial_update_user = async_to_raw_response(resource.partial_update_user)
        self.update_user = async_to_raw_response(resource.update_user)
        self.delete_user_2 = async_to_raw_response(resource.delete_user_2)
        self.retrieve_user_2 = async_to_raw_response(resource.retrieve_user_2)
        self.partial_update_user_2 = async_to_raw_response(resource.partial_update_user_2)
        self.update_user_2 = async_to_raw_response(resource.update_user_2)
