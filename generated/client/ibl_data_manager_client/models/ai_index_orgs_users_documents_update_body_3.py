from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.ai_index_orgs_users_documents_update_body_3_access import (
    AiIndexOrgsUsersDocumentsUpdateBody3Access,
)
from ..models.ai_index_orgs_users_documents_update_body_3_crawler_pattern_type import (
    AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiIndexOrgsUsersDocumentsUpdateBody3")


@_attrs_define
class AiIndexOrgsUsersDocumentsUpdateBody3:
    """
    Attributes:
        pathway (str): The pathway to retrain the document in
        document_name (str | Unset): The name of the document
        document_type (str | Unset): The type of the document
        url (str | Unset): The url of the document
        train (bool | Unset): The type of the document
        crawler_max_depth (int | Unset): The max depth of the crawler
        crawler_max_pages_limit (int | Unset): The max pages limit of the crawler
        crawler_max_concurrency (int | Unset): The max concurrency of the crawler
        crawler_match_patterns (list[str] | Unset): The patterns that the crawler should use to match urls. Patterns may
            be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`.
        crawler_pattern_type (AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType | Unset): Pattern type for the
            crawler  * `glob` - Glob * `regex` - Regex
        access (AiIndexOrgsUsersDocumentsUpdateBody3Access | Unset): The access of the document.  * `public` - Public *
            `private` - Private
        google_drive_auth_data (Any | Unset): Authentication and scoped details of google drive.
        dropbox_auth_data (Any | Unset): Authentication and scoped details of dropbox
        custom_metadata (Any | Unset): Custom metadata to attach to the trained document. Must be a flat JSON object
            with string keys and string, number, or boolean values.
    """

    pathway: str
    document_name: str | Unset = UNSET
    document_type: str | Unset = UNSET
    url: str | Unset = UNSET
    train: bool | Unset = UNSET
    crawler_max_depth: int | Unset = UNSET
    crawler_max_pages_limit: int | Unset = UNSET
    crawler_max_concurrency: int | Unset = UNSET
    crawler_match_patterns: list[str] | Unset = UNSET
    crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType | Unset = UNSET
    access: AiIndexOrgsUsersDocumentsUpdateBody3Access | Unset = UNSET
    google_drive_auth_data: Any | Unset = UNSET
    dropbox_auth_data: Any | Unset = UNSET
    custom_metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pathway = self.pathway

        document_name = self.document_name

        document_type = self.document_type

        url = self.url

        train = self.train

        crawler_max_depth = self.crawler_max_depth

        crawler_max_pages_limit = self.crawler_max_pages_limit

        crawler_max_concurrency = self.crawler_max_concurrency

        crawler_match_patterns: list[str] | Unset = UNSET
        if not isinstance(self.crawler_match_patterns, Unset):
            crawler_match_patterns = self.crawler_match_patterns

        crawler_pattern_type: str | Unset = UNSET
        if not isinstance(self.crawler_pattern_type, Unset):
            crawler_pattern_type = self.crawler_pattern_type.value

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        google_drive_auth_data = self.google_drive_auth_data

        dropbox_auth_data = self.dropbox_auth_data

        custom_metadata = self.custom_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pathway": pathway,
            }
        )
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if url is not UNSET:
            field_dict["url"] = url
        if train is not UNSET:
            field_dict["train"] = train
        if crawler_max_depth is not UNSET:
            field_dict["crawler_max_depth"] = crawler_max_depth
        if crawler_max_pages_limit is not UNSET:
            field_dict["crawler_max_pages_limit"] = crawler_max_pages_limit
        if crawler_max_concurrency is not UNSET:
            field_dict["crawler_max_concurrency"] = crawler_max_concurrency
        if crawler_match_patterns is not UNSET:
            field_dict["crawler_match_patterns"] = crawler_match_patterns
        if crawler_pattern_type is not UNSET:
            field_dict["crawler_pattern_type"] = crawler_pattern_type
        if access is not UNSET:
            field_dict["access"] = access
        if google_drive_auth_data is not UNSET:
            field_dict["google_drive_auth_data"] = google_drive_auth_data
        if dropbox_auth_data is not UNSET:
            field_dict["dropbox_auth_data"] = dropbox_auth_data
        if custom_metadata is not UNSET:
            field_dict["custom_metadata"] = custom_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("pathway", (None, str(self.pathway).encode(), "text/plain")))

        if not isinstance(self.document_name, Unset):
            files.append(("document_name", (None, str(self.document_name).encode(), "text/plain")))

        if not isinstance(self.document_type, Unset):
            files.append(("document_type", (None, str(self.document_type).encode(), "text/plain")))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.train, Unset):
            files.append(("train", (None, str(self.train).encode(), "text/plain")))

        if not isinstance(self.crawler_max_depth, Unset):
            files.append(
                ("crawler_max_depth", (None, str(self.crawler_max_depth).encode(), "text/plain"))
            )

        if not isinstance(self.crawler_max_pages_limit, Unset):
            files.append(
                (
                    "crawler_max_pages_limit",
                    (None, str(self.crawler_max_pages_limit).encode(), "text/plain"),
                )
            )

        if not isinstance(self.crawler_max_concurrency, Unset):
            files.append(
                (
                    "crawler_max_concurrency",
                    (None, str(self.crawler_max_concurrency).encode(), "text/plain"),
                )
            )

        if not isinstance(self.crawler_match_patterns, Unset):
            for crawler_match_patterns_item_element in self.crawler_match_patterns:
                files.append(
                    (
                        "crawler_match_patterns",
                        (None, str(crawler_match_patterns_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.crawler_pattern_type, Unset):
            files.append(
                (
                    "crawler_pattern_type",
                    (None, str(self.crawler_pattern_type.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.access, Unset):
            files.append(("access", (None, str(self.access.value).encode(), "text/plain")))

        if not isinstance(self.google_drive_auth_data, Unset):
            files.append(
                (
                    "google_drive_auth_data",
                    (None, str(self.google_drive_auth_data).encode(), "text/plain"),
                )
            )

        if not isinstance(self.dropbox_auth_data, Unset):
            files.append(
                ("dropbox_auth_data", (None, str(self.dropbox_auth_data).encode(), "text/plain"))
            )

        if not isinstance(self.custom_metadata, Unset):
            files.append(
                ("custom_metadata", (None, str(self.custom_metadata).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pathway = d.pop("pathway")

        document_name = d.pop("document_name", UNSET)

        document_type = d.pop("document_type", UNSET)

        url = d.pop("url", UNSET)

        train = d.pop("train", UNSET)

        crawler_max_depth = d.pop("crawler_max_depth", UNSET)

        crawler_max_pages_limit = d.pop("crawler_max_pages_limit", UNSET)

        crawler_max_concurrency = d.pop("crawler_max_concurrency", UNSET)

        crawler_match_patterns = cast(list[str], d.pop("crawler_match_patterns", UNSET))

        _crawler_pattern_type = d.pop("crawler_pattern_type", UNSET)
        crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType | Unset
        if isinstance(_crawler_pattern_type, Unset):
            crawler_pattern_type = UNSET
        else:
            crawler_pattern_type = AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType(
                _crawler_pattern_type
            )

        _access = d.pop("access", UNSET)
        access: AiIndexOrgsUsersDocumentsUpdateBody3Access | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = AiIndexOrgsUsersDocumentsUpdateBody3Access(_access)

        google_drive_auth_data = d.pop("google_drive_auth_data", UNSET)

        dropbox_auth_data = d.pop("dropbox_auth_data", UNSET)

        custom_metadata = d.pop("custom_metadata", UNSET)

        ai_index_orgs_users_documents_update_body_3 = cls(
            pathway=pathway,
            document_name=document_name,
            document_type=document_type,
            url=url,
            train=train,
            crawler_max_depth=crawler_max_depth,
            crawler_max_pages_limit=crawler_max_pages_limit,
            crawler_max_concurrency=crawler_max_concurrency,
            crawler_match_patterns=crawler_match_patterns,
            crawler_pattern_type=crawler_pattern_type,
            access=access,
            google_drive_auth_data=google_drive_auth_data,
            dropbox_auth_data=dropbox_auth_data,
            custom_metadata=custom_metadata,
        )

        ai_index_orgs_users_documents_update_body_3.additional_properties = d
        return ai_index_orgs_users_documents_update_body_3

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
