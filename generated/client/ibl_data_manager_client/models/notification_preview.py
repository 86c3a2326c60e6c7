from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_preview_context import NotificationPreviewContext
    from ..models.notification_source import NotificationSource
    from ..models.notification_template_data import NotificationTemplateData


T = TypeVar("T", bound="NotificationPreview")


@_attrs_define
class NotificationPreview:
    """Request serializer for notification preview

    Attributes:
        channels (list[int]): Specify the channel ids to send notifications to.
        sources (list[NotificationSource]): Specify the sources to send notifications to
        template_id (None | Unset | UUID): Use a predefined template in the system
        template_data (None | NotificationTemplateData | Unset):
        context (NotificationPreviewContext | Unset): Specify the context that would be available in the message text
        process_on (datetime.datetime | None | Unset): (ISO datetime) Specify the date and time of processing this
            notification. Note, notifications are sent hourly and only scheduled messages prior to the beginning of the hour
            would be sent
    """

    channels: list[int]
    sources: list[NotificationSource]
    template_id: None | Unset | UUID = UNSET
    template_data: None | NotificationTemplateData | Unset = UNSET
    context: NotificationPreviewContext | Unset = UNSET
    process_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_template_data import NotificationTemplateData  # noqa: PLC0415

        channels = self.channels

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        template_data: dict[str, Any] | None | Unset
        if isinstance(self.template_data, Unset):
            template_data = UNSET
        elif isinstance(self.template_data, NotificationTemplateData):
            template_data = self.template_data.to_dict()
        else:
            template_data = self.template_data

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        process_on: None | str | Unset
        if isinstance(self.process_on, Unset):
            process_on = UNSET
        elif isinstance(self.process_on, datetime.datetime):
            process_on = self.process_on.isoformat()
        else:
            process_on = self.process_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
                "sources": sources,
            }
        )
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_data is not UNSET:
            field_dict["template_data"] = template_data
        if context is not UNSET:
            field_dict["context"] = context
        if process_on is not UNSET:
            field_dict["process_on"] = process_on

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        from ..models.notification_template_data import NotificationTemplateData  # noqa: PLC0415

        files: types.RequestFiles = []

        for channels_item_element in self.channels:
            files.append(("channels", (None, str(channels_item_element).encode(), "text/plain")))

        for sources_item_element in self.sources:
            files.append(
                (
                    "sources",
                    (None, json.dumps(sources_item_element.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.template_id, Unset):
            if isinstance(self.template_id, UUID):
                files.append(("template_id", (None, str(self.template_id), "text/plain")))
            else:
                files.append(("template_id", (None, str(self.template_id).encode(), "text/plain")))

        if not isinstance(self.template_data, Unset):
            if isinstance(self.template_data, NotificationTemplateData):
                files.append(
                    (
                        "template_data",
                        (
                            None,
                            json.dumps(self.template_data.to_dict()).encode(),
                            "application/json",
                        ),
                    )
                )
            else:
                files.append(
                    ("template_data", (None, str(self.template_data).encode(), "text/plain"))
                )

        if not isinstance(self.context, Unset):
            files.append(
                ("context", (None, json.dumps(self.context.to_dict()).encode(), "application/json"))
            )

        if not isinstance(self.process_on, Unset):
            if isinstance(self.process_on, datetime.datetime):
                files.append(
                    ("process_on", (None, self.process_on.isoformat().encode(), "text/plain"))
                )
            else:
                files.append(("process_on", (None, str(self.process_on).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_preview_context import NotificationPreviewContext  # noqa: PLC0415
        from ..models.notification_source import NotificationSource  # noqa: PLC0415
        from ..models.notification_template_data import NotificationTemplateData  # noqa: PLC0415

        d = dict(src_dict)
        channels = cast(list[int], d.pop("channels"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = NotificationSource.from_dict(sources_item_data)

            sources.append(sources_item)

        def _parse_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                template_id_type_0 = UUID(data)

                return template_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_template_data(data: object) -> None | NotificationTemplateData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_data_type_0 = NotificationTemplateData.from_dict(data)

                return template_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationTemplateData | Unset, data)

        template_data = _parse_template_data(d.pop("template_data", UNSET))

        _context = d.pop("context", UNSET)
        context: NotificationPreviewContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = NotificationPreviewContext.from_dict(_context)

        def _parse_process_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                process_on_type_0 = datetime.datetime.fromisoformat(data)

                return process_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        process_on = _parse_process_on(d.pop("process_on", UNSET))

        notification_preview = cls(
            channels=channels,
            sources=sources,
            template_id=template_id,
            template_data=template_data,
            context=context,
            process_on=process_on,
        )

        notification_preview.additional_properties = d
        return notification_preview

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
