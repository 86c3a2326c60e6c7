from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.ai_index_orgs_users_documents_train_create_body_3_crawler_pattern_type import (
    AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="AiIndexOrgsUsersDocumentsTrainCreateBody3")


@_attrs_define
class AiIndexOrgsUsersDocumentsTrainCreateBody3:
    """
    Attributes:
        type_ (str): Type of document e.g file
        pathway (str | Unset): Pathway for document to be trained in
        url (str | Unset): Url of the document to be trained
        text (str | Unset): Search text for wikipedia
        translate (bool | Unset): If file should be translated
        file (File | Unset): File to be trained
        access (str | Unset): Accessibilityto the file
        branch (str | Unset): Branch of the repository
        google_drive_auth_data (Any | Unset): Authentication and scoped details of google drive
        dropbox_auth_data (Any | Unset): Authentication and scoped details of dropbox
        crawler_max_depth (int | Unset): The max depth of the crawler
        crawler_max_pages_limit (int | Unset): The max pages limit of the crawler
        crawler_max_concurrency (int | Unset): The max concurrency of the crawler
        crawler_match_patterns (list[str] | Unset): The patterns that the crawler should use to match urls. Patterns may
            be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`.
        crawler_pattern_type (AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType | Unset): Pattern type for the
            crawler  * `glob` - Glob * `regex` - Regex
        custom_metadata (Any | Unset): Custom metadata to attach to the trained document. Must be a flat JSON object
            with string keys and string, number, or boolean values.
        add_to_document_pool (bool | Unset): Adds document to the pool or not.
        document_pool_only (bool | Unset): Only adds document to document pool. Requires pathway to be empty.
        user_image_description (str | Unset): Description of an image submitted by the user for RAG.
        github_access_token (str | Unset): GitHub access token with repo scope. Required for private repositories.
    """

    type_: str
    pathway: str | Unset = UNSET
    url: str | Unset = UNSET
    text: str | Unset = UNSET
    translate: bool | Unset = UNSET
    file: File | Unset = UNSET
    access: str | Unset = UNSET
    branch: str | Unset = UNSET
    google_drive_auth_data: Any | Unset = UNSET
    dropbox_auth_data: Any | Unset = UNSET
    crawler_max_depth: int | Unset = UNSET
    crawler_max_pages_limit: int | Unset = UNSET
    crawler_max_concurrency: int | Unset = UNSET
    crawler_match_patterns: list[str] | Unset = UNSET
    crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType | Unset = (
        UNSET
    )
    custom_metadata: Any | Unset = UNSET
    add_to_document_pool: bool | Unset = UNSET
    document_pool_only: bool | Unset = UNSET
    user_image_description: str | Unset = UNSET
    github_access_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        pathway = self.pathway

        url = self.url

        text = self.text

        translate = self.translate

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        access = self.access

        branch = self.branch

        google_drive_auth_data = self.google_drive_auth_data

        dropbox_auth_data = self.dropbox_auth_data

        crawler_max_depth = self.crawler_max_depth

        crawler_max_pages_limit = self.crawler_max_pages_limit

        crawler_max_concurrency = self.crawler_max_concurrency

        crawler_match_patterns: list[str] | Unset = UNSET
        if not isinstance(self.crawler_match_patterns, Unset):
            crawler_match_patterns = self.crawler_match_patterns

        crawler_pattern_type: str | Unset = UNSET
        if not isinstance(self.crawler_pattern_type, Unset):
            crawler_pattern_type = self.crawler_pattern_type.value

        custom_metadata = self.custom_metadata

        add_to_document_pool = self.add_to_document_pool

        document_pool_only = self.document_pool_only

        user_image_description = self.user_image_description

        github_access_token = self.github_access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if pathway is not UNSET:
            field_dict["pathway"] = pathway
        if url is not UNSET:
            field_dict["url"] = url
        if text is not UNSET:
            field_dict["text"] = text
        if translate is not UNSET:
            field_dict["translate"] = translate
        if file is not UNSET:
            field_dict["file"] = file
        if access is not UNSET:
            field_dict["access"] = access
        if branch is not UNSET:
            field_dict["branch"] = branch
        if google_drive_auth_data is not UNSET:
            field_dict["google_drive_auth_data"] = google_drive_auth_data
        if dropbox_auth_data is not UNSET:
            field_dict["dropbox_auth_data"] = dropbox_auth_data
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
        if custom_metadata is not UNSET:
            field_dict["custom_metadata"] = custom_metadata
        if add_to_document_pool is not UNSET:
            field_dict["add_to_document_pool"] = add_to_document_pool
        if document_pool_only is not UNSET:
            field_dict["document_pool_only"] = document_pool_only
        if user_image_description is not UNSET:
            field_dict["user_image_description"] = user_image_description
        if github_access_token is not UNSET:
            field_dict["github_access_token"] = github_access_token

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        if not isinstance(self.pathway, Unset):
            files.append(("pathway", (None, str(self.pathway).encode(), "text/plain")))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.translate, Unset):
            files.append(("translate", (None, str(self.translate).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.access, Unset):
            files.append(("access", (None, str(self.access).encode(), "text/plain")))

        if not isinstance(self.branch, Unset):
            files.append(("branch", (None, str(self.branch).encode(), "text/plain")))

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

        if not isinstance(self.custom_metadata, Unset):
            files.append(
                ("custom_metadata", (None, str(self.custom_metadata).encode(), "text/plain"))
            )

        if not isinstance(self.add_to_document_pool, Unset):
            files.append(
                (
                    "add_to_document_pool",
                    (None, str(self.add_to_document_pool).encode(), "text/plain"),
                )
            )

        if not isinstance(self.document_pool_only, Unset):
            files.append(
                ("document_pool_only", (None, str(self.document_pool_only).encode(), "text/plain"))
            )

        if not isinstance(self.user_image_description, Unset):
            files.append(
                (
                    "user_image_description",
                    (None, str(self.user_image_description).encode(), "text/plain"),
                )
            )

        if not isinstance(self.github_access_token, Unset):
            files.append(
                (
                    "github_access_token",
                    (None, str(self.github_access_token).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        pathway = d.pop("pathway", UNSET)

        url = d.pop("url", UNSET)

        text = d.pop("text", UNSET)

        translate = d.pop("translate", UNSET)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        access = d.pop("access", UNSET)

        branch = d.pop("branch", UNSET)

        google_drive_auth_data = d.pop("google_drive_auth_data", UNSET)

        dropbox_auth_data = d.pop("dropbox_auth_data", UNSET)

        crawler_max_depth = d.pop("crawler_max_depth", UNSET)

        crawler_max_pages_limit = d.pop("crawler_max_pages_limit", UNSET)

        crawler_max_concurrency = d.pop("crawler_max_concurrency", UNSET)

        crawler_match_patterns = cast(list[str], d.pop("crawler_match_patterns", UNSET))

        _crawler_pattern_type = d.pop("crawler_pattern_type", UNSET)
        crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType | Unset
        if isinstance(_crawler_pattern_type, Unset):
            crawler_pattern_type = UNSET
        else:
            crawler_pattern_type = AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType(
                _crawler_pattern_type
            )

        custom_metadata = d.pop("custom_metadata", UNSET)

        add_to_document_pool = d.pop("add_to_document_pool", UNSET)

        document_pool_only = d.pop("document_pool_only", UNSET)

        user_image_description = d.pop("user_image_description", UNSET)

        github_access_token = d.pop("github_access_token", UNSET)

        ai_index_orgs_users_documents_train_create_body_3 = cls(
            type_=type_,
            pathway=pathway,
            url=url,
            text=text,
            translate=translate,
            file=file,
            access=access,
            branch=branch,
            google_drive_auth_data=google_drive_auth_data,
            dropbox_auth_data=dropbox_auth_data,
            crawler_max_depth=crawler_max_depth,
            crawler_max_pages_limit=crawler_max_pages_limit,
            crawler_max_concurrency=crawler_max_concurrency,
            crawler_match_patterns=crawler_match_patterns,
            crawler_pattern_type=crawler_pattern_type,
            custom_metadata=custom_metadata,
            add_to_document_pool=add_to_document_pool,
            document_pool_only=document_pool_only,
            user_image_description=user_image_description,
            github_access_token=github_access_token,
        )

        ai_index_orgs_users_documents_train_create_body_3.additional_properties = d
        return ai_index_orgs_users_documents_train_create_body_3

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
