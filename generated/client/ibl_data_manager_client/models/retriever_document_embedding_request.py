from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retriever_document_embedding_request_access import (
    RetrieverDocumentEmbeddingRequestAccess,
)
from ..models.retriever_document_embedding_request_crawler_pattern_type import (
    RetrieverDocumentEmbeddingRequestCrawlerPatternType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieverDocumentEmbeddingRequest")


@_attrs_define
class RetrieverDocumentEmbeddingRequest:
    """
    Attributes:
        pathway (str): The pathway to retrain the document in
        document_name (str | Unset): The name of the document
        document_type (str | Unset): The type of the document
        url (str | Unset): The url of the document
        train (bool | None | Unset): The type of the document
        crawler_max_depth (int | Unset): The max depth of the crawler
        crawler_max_pages_limit (int | Unset): The max pages limit of the crawler
        crawler_max_concurrency (int | Unset): The max concurrency of the crawler
        crawler_match_patterns (list[str] | Unset): The patterns that the crawler should use to match urls. Patterns may
            be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`.
        crawler_pattern_type (RetrieverDocumentEmbeddingRequestCrawlerPatternType | Unset): Pattern type for the crawler
            * `glob` - Glob * `regex` - Regex
        access (RetrieverDocumentEmbeddingRequestAccess | Unset): The access of the document.  * `public` - Public *
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
    train: bool | None | Unset = UNSET
    crawler_max_depth: int | Unset = UNSET
    crawler_max_pages_limit: int | Unset = UNSET
    crawler_max_concurrency: int | Unset = UNSET
    crawler_match_patterns: list[str] | Unset = UNSET
    crawler_pattern_type: RetrieverDocumentEmbeddingRequestCrawlerPatternType | Unset = UNSET
    access: RetrieverDocumentEmbeddingRequestAccess | Unset = UNSET
    google_drive_auth_data: Any | Unset = UNSET
    dropbox_auth_data: Any | Unset = UNSET
    custom_metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pathway = self.pathway

        document_name = self.document_name

        document_type = self.document_type

        url = self.url

        train: bool | None | Unset = self.train

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
        crawler_pattern_type: RetrieverDocumentEmbeddingRequestCrawlerPatternType | Unset
        if isinstance(_crawler_pattern_type, Unset):
            crawler_pattern_type = UNSET
        else:
            crawler_pattern_type = RetrieverDocumentEmbeddingRequestCrawlerPatternType(
                _crawler_pattern_type
            )

        _access = d.pop("access", UNSET)
        access: RetrieverDocumentEmbeddingRequestAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = RetrieverDocumentEmbeddingRequestAccess(_access)

        google_drive_auth_data = d.pop("google_drive_auth_data", UNSET)

        dropbox_auth_data = d.pop("dropbox_auth_data", UNSET)

        custom_metadata = d.pop("custom_metadata", UNSET)

        retriever_document_embedding_request = cls(
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

        retriever_document_embedding_request.additional_properties = d
        return retriever_document_embedding_request

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
