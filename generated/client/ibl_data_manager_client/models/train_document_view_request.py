from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.train_document_view_request_crawler_pattern_type import (
    TrainDocumentViewRequestCrawlerPatternType,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="TrainDocumentViewRequest")


@_attrs_define
class TrainDocumentViewRequest:
    """
    Attributes:
        type_ (str): Type of document e.g file
        pathway (str | Unset): Pathway for document to be trained in
        url (str | Unset): Url of the document to be trained
        text (str | Unset): Search text for wikipedia
        translate (bool | Unset): If file should be translated Default: False.
        file (File | Unset): File to be trained
        access (str | Unset): Accessibilityto the file Default: 'private'.
        branch (str | Unset): Branch of the repository
        google_drive_auth_data (Any | Unset): Authentication and scoped details of google drive
        dropbox_auth_data (Any | Unset): Authentication and scoped details of dropbox
        crawler_max_depth (int | Unset): The max depth of the crawler
        crawler_max_pages_limit (int | Unset): The max pages limit of the crawler
        crawler_max_concurrency (int | Unset): The max concurrency of the crawler
        crawler_match_patterns (list[str] | Unset): The patterns that the crawler should use to match urls. Patterns may
            be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`.
        crawler_pattern_type (TrainDocumentViewRequestCrawlerPatternType | Unset): Pattern type for the crawler  *
            `glob` - Glob * `regex` - Regex
        custom_metadata (Any | Unset): Custom metadata to attach to the trained document. Must be a flat JSON object
            with string keys and string, number, or boolean values.
        add_to_document_pool (bool | Unset): Adds document to the pool or not. Default: False.
        document_pool_only (bool | Unset): Only adds document to document pool. Requires pathway to be empty. Default:
            False.
        user_image_description (str | Unset): Description of an image submitted by the user for RAG.
        github_access_token (str | Unset): GitHub access token with repo scope. Required for private repositories.
    """

    type_: str
    pathway: str | Unset = UNSET
    url: str | Unset = UNSET
    text: str | Unset = UNSET
    translate: bool | Unset = False
    file: File | Unset = UNSET
    access: str | Unset = "private"
    branch: str | Unset = UNSET
    google_drive_auth_data: Any | Unset = UNSET
    dropbox_auth_data: Any | Unset = UNSET
    crawler_max_depth: int | Unset = UNSET
    crawler_max_pages_limit: int | Unset = UNSET
    crawler_max_concurrency: int | Unset = UNSET
    crawler_match_patterns: list[str] | Unset = UNSET
    crawler_pattern_type: TrainDocumentViewRequestCrawlerPatternType | Unset = UNSET
    custom_metadata: Any | Unset = UNSET
    add_to_document_pool: bool | Unset = False
    document_pool_only: bool | Unset = False
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
        crawler_pattern_type: TrainDocumentViewRequestCrawlerPatternType | Unset
        if isinstance(_crawler_pattern_type, Unset):
            crawler_pattern_type = UNSET
        else:
            crawler_pattern_type = TrainDocumentViewRequestCrawlerPatternType(_crawler_pattern_type)

        custom_metadata = d.pop("custom_metadata", UNSET)

        add_to_document_pool = d.pop("add_to_document_pool", UNSET)

        document_pool_only = d.pop("document_pool_only", UNSET)

        user_image_description = d.pop("user_image_description", UNSET)

        github_access_token = d.pop("github_access_token", UNSET)

        train_document_view_request = cls(
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

        train_document_view_request.additional_properties = d
        return train_document_view_request

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
