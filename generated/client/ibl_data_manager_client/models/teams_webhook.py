from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.teams_webhook_channel_data import TeamsWebhookChannelData
    from ..models.teams_webhook_conversation import TeamsWebhookConversation
    from ..models.teams_webhook_from import TeamsWebhookFrom
    from ..models.teams_webhook_recipient import TeamsWebhookRecipient


T = TypeVar("T", bound="TeamsWebhook")


@_attrs_define
class TeamsWebhook:
    """
    Attributes:
        id (None | str | Unset):
        type_ (None | str | Unset):
        channel_data (None | TeamsWebhookChannelData | Unset):
        entities (list[Any] | None | Unset):
        text (None | str | Unset):
        locale (None | str | Unset):
        text_format (None | str | Unset):
        recipient (None | TeamsWebhookRecipient | Unset):
        conversation (None | TeamsWebhookConversation | Unset):
        from_ (None | TeamsWebhookFrom | Unset):
        channel_id (None | str | Unset):
        service_url (None | str | Unset):
        local_timezone (None | str | Unset):
        local_timestamp (None | str | Unset):
        timestamp (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    channel_data: None | TeamsWebhookChannelData | Unset = UNSET
    entities: list[Any] | None | Unset = UNSET
    text: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    text_format: None | str | Unset = UNSET
    recipient: None | TeamsWebhookRecipient | Unset = UNSET
    conversation: None | TeamsWebhookConversation | Unset = UNSET
    from_: None | TeamsWebhookFrom | Unset = UNSET
    channel_id: None | str | Unset = UNSET
    service_url: None | str | Unset = UNSET
    local_timezone: None | str | Unset = UNSET
    local_timestamp: None | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.teams_webhook_channel_data import TeamsWebhookChannelData  # noqa: PLC0415
        from ..models.teams_webhook_conversation import TeamsWebhookConversation  # noqa: PLC0415
        from ..models.teams_webhook_from import TeamsWebhookFrom  # noqa: PLC0415
        from ..models.teams_webhook_recipient import TeamsWebhookRecipient  # noqa: PLC0415

        id: None | str | Unset = self.id

        type_: None | str | Unset = self.type_

        channel_data: dict[str, Any] | None | Unset
        if isinstance(self.channel_data, Unset):
            channel_data = UNSET
        elif isinstance(self.channel_data, TeamsWebhookChannelData):
            channel_data = self.channel_data.to_dict()
        else:
            channel_data = self.channel_data

        entities: list[Any] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, list):
            entities = self.entities

        else:
            entities = self.entities

        text: None | str | Unset = self.text

        locale: None | str | Unset = self.locale

        text_format: None | str | Unset = self.text_format

        recipient: dict[str, Any] | None | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif isinstance(self.recipient, TeamsWebhookRecipient):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, TeamsWebhookConversation):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, TeamsWebhookFrom):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        channel_id: None | str | Unset = self.channel_id

        service_url: None | str | Unset = self.service_url

        local_timezone: None | str | Unset = self.local_timezone

        local_timestamp: None | str | Unset = self.local_timestamp

        timestamp: None | str | Unset = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if channel_data is not UNSET:
            field_dict["channelData"] = channel_data
        if entities is not UNSET:
            field_dict["entities"] = entities
        if text is not UNSET:
            field_dict["text"] = text
        if locale is not UNSET:
            field_dict["locale"] = locale
        if text_format is not UNSET:
            field_dict["textFormat"] = text_format
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if from_ is not UNSET:
            field_dict["from_"] = from_
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if service_url is not UNSET:
            field_dict["serviceUrl"] = service_url
        if local_timezone is not UNSET:
            field_dict["localTimezone"] = local_timezone
        if local_timestamp is not UNSET:
            field_dict["localTimestamp"] = local_timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.teams_webhook_channel_data import TeamsWebhookChannelData  # noqa: PLC0415
        from ..models.teams_webhook_conversation import TeamsWebhookConversation  # noqa: PLC0415
        from ..models.teams_webhook_from import TeamsWebhookFrom  # noqa: PLC0415
        from ..models.teams_webhook_recipient import TeamsWebhookRecipient  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_channel_data(data: object) -> None | TeamsWebhookChannelData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channel_data_type_0 = TeamsWebhookChannelData.from_dict(data)

                return channel_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamsWebhookChannelData | Unset, data)

        channel_data = _parse_channel_data(d.pop("channelData", UNSET))

        def _parse_entities(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entities_type_0 = cast(list[Any], data)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        entities = _parse_entities(d.pop("entities", UNSET))

        text = d.pop("text", UNSET)

        locale = d.pop("locale", UNSET)

        text_format = d.pop("textFormat", UNSET)

        def _parse_recipient(data: object) -> None | TeamsWebhookRecipient | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipient_type_0 = TeamsWebhookRecipient.from_dict(data)

                return recipient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamsWebhookRecipient | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        def _parse_conversation(data: object) -> None | TeamsWebhookConversation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = TeamsWebhookConversation.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamsWebhookConversation | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_from_(data: object) -> None | TeamsWebhookFrom | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_type_0 = TeamsWebhookFrom.from_dict(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamsWebhookFrom | Unset, data)

        from_ = _parse_from_(d.pop("from_", UNSET))

        channel_id = d.pop("channelId", UNSET)

        service_url = d.pop("serviceUrl", UNSET)

        local_timezone = d.pop("localTimezone", UNSET)

        local_timestamp = d.pop("localTimestamp", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        teams_webhook = cls(
            id=id,
            type_=type_,
            channel_data=channel_data,
            entities=entities,
            text=text,
            locale=locale,
            text_format=text_format,
            recipient=recipient,
            conversation=conversation,
            from_=from_,
            channel_id=channel_id,
            service_url=service_url,
            local_timezone=local_timezone,
            local_timestamp=local_timestamp,
            timestamp=timestamp,
        )

        teams_webhook.additional_properties = d
        return teams_webhook

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
