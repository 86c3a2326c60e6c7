from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestSMTPCredentials")


@_attrs_define
class TestSMTPCredentials:
    """Serializer for testing SMTP credentials

    Attributes:
        smtp_host (str): SMTP server hostname
        smtp_port (int): SMTP server port
        smtp_username (str): SMTP username
        smtp_password (str): SMTP password
        test_email (str): Email address to send test email to
        use_tls (bool | Unset): Use TLS encryption Default: True.
        use_ssl (bool | Unset): Use SSL encryption Default: False.
        from_email (str | Unset): From email address (optional)
    """

    smtp_host: str
    smtp_port: int
    smtp_username: str
    smtp_password: str
    test_email: str
    use_tls: bool | Unset = True
    use_ssl: bool | Unset = False
    from_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smtp_host = self.smtp_host

        smtp_port = self.smtp_port

        smtp_username = self.smtp_username

        smtp_password = self.smtp_password

        test_email = self.test_email

        use_tls = self.use_tls

        use_ssl = self.use_ssl

        from_email = self.from_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smtp_host": smtp_host,
                "smtp_port": smtp_port,
                "smtp_username": smtp_username,
                "smtp_password": smtp_password,
                "test_email": test_email,
            }
        )
        if use_tls is not UNSET:
            field_dict["use_tls"] = use_tls
        if use_ssl is not UNSET:
            field_dict["use_ssl"] = use_ssl
        if from_email is not UNSET:
            field_dict["from_email"] = from_email

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("smtp_host", (None, str(self.smtp_host).encode(), "text/plain")))

        files.append(("smtp_port", (None, str(self.smtp_port).encode(), "text/plain")))

        files.append(("smtp_username", (None, str(self.smtp_username).encode(), "text/plain")))

        files.append(("smtp_password", (None, str(self.smtp_password).encode(), "text/plain")))

        files.append(("test_email", (None, str(self.test_email).encode(), "text/plain")))

        if not isinstance(self.use_tls, Unset):
            files.append(("use_tls", (None, str(self.use_tls).encode(), "text/plain")))

        if not isinstance(self.use_ssl, Unset):
            files.append(("use_ssl", (None, str(self.use_ssl).encode(), "text/plain")))

        if not isinstance(self.from_email, Unset):
            files.append(("from_email", (None, str(self.from_email).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smtp_host = d.pop("smtp_host")

        smtp_port = d.pop("smtp_port")

        smtp_username = d.pop("smtp_username")

        smtp_password = d.pop("smtp_password")

        test_email = d.pop("test_email")

        use_tls = d.pop("use_tls", UNSET)

        use_ssl = d.pop("use_ssl", UNSET)

        from_email = d.pop("from_email", UNSET)

        test_smtp_credentials = cls(
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_username=smtp_username,
            smtp_password=smtp_password,
            test_email=test_email,
            use_tls=use_tls,
            use_ssl=use_ssl,
            from_email=from_email,
        )

        test_smtp_credentials.additional_properties = d
        return test_smtp_credentials

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
