from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Observation")


@_attrs_define
class Observation:
    """
    Attributes:
        id (str):
        trace_id (str):
        type_ (str):
        start_time (datetime.datetime):
        name (str):
        metadata (Any):
        level (str):
        provided_usage_details (str):
        usage_details (str):
        provided_cost_details (str):
        cost_details (str):
        created_at (datetime.datetime):
        event_ts (datetime.datetime):
        is_deleted (int):
        parent_observation_id (None | str | Unset):
        end_time (datetime.datetime | None | Unset):
        status_message (None | str | Unset):
        version (None | str | Unset):
        input_ (None | str | Unset):
        output (None | str | Unset):
        provided_model_name (None | str | Unset):
        internal_model_id (None | str | Unset):
        model_parameters (None | str | Unset):
        total_cost (None | str | Unset):
        completion_start_time (datetime.datetime | None | Unset):
        prompt_id (None | str | Unset):
        prompt_name (None | str | Unset):
        prompt_version (int | None | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    trace_id: str
    type_: str
    start_time: datetime.datetime
    name: str
    metadata: Any
    level: str
    provided_usage_details: str
    usage_details: str
    provided_cost_details: str
    cost_details: str
    created_at: datetime.datetime
    event_ts: datetime.datetime
    is_deleted: int
    parent_observation_id: None | str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    status_message: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    input_: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    provided_model_name: None | str | Unset = UNSET
    internal_model_id: None | str | Unset = UNSET
    model_parameters: None | str | Unset = UNSET
    total_cost: None | str | Unset = UNSET
    completion_start_time: datetime.datetime | None | Unset = UNSET
    prompt_id: None | str | Unset = UNSET
    prompt_name: None | str | Unset = UNSET
    prompt_version: int | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        trace_id = self.trace_id

        type_ = self.type_

        start_time = self.start_time.isoformat()

        name = self.name

        metadata = self.metadata

        level = self.level

        provided_usage_details = self.provided_usage_details

        usage_details = self.usage_details

        provided_cost_details = self.provided_cost_details

        cost_details = self.cost_details

        created_at = self.created_at.isoformat()

        event_ts = self.event_ts.isoformat()

        is_deleted = self.is_deleted

        parent_observation_id: None | str | Unset = self.parent_observation_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        status_message: None | str | Unset = self.status_message

        version: None | str | Unset = self.version

        input_: None | str | Unset = self.input_

        output: None | str | Unset = self.output

        provided_model_name: None | str | Unset = self.provided_model_name

        internal_model_id: None | str | Unset = self.internal_model_id

        model_parameters: None | str | Unset = self.model_parameters

        total_cost: None | str | Unset = self.total_cost

        completion_start_time: None | str | Unset
        if isinstance(self.completion_start_time, Unset):
            completion_start_time = UNSET
        elif isinstance(self.completion_start_time, datetime.datetime):
            completion_start_time = self.completion_start_time.isoformat()
        else:
            completion_start_time = self.completion_start_time

        prompt_id: None | str | Unset = self.prompt_id

        prompt_name: None | str | Unset = self.prompt_name

        prompt_version: int | None | Unset = self.prompt_version

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "trace_id": trace_id,
                "type": type_,
                "start_time": start_time,
                "name": name,
                "metadata": metadata,
                "level": level,
                "provided_usage_details": provided_usage_details,
                "usage_details": usage_details,
                "provided_cost_details": provided_cost_details,
                "cost_details": cost_details,
                "created_at": created_at,
                "event_ts": event_ts,
                "is_deleted": is_deleted,
            }
        )
        if parent_observation_id is not UNSET:
            field_dict["parent_observation_id"] = parent_observation_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if version is not UNSET:
            field_dict["version"] = version
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if provided_model_name is not UNSET:
            field_dict["provided_model_name"] = provided_model_name
        if internal_model_id is not UNSET:
            field_dict["internal_model_id"] = internal_model_id
        if model_parameters is not UNSET:
            field_dict["model_parameters"] = model_parameters
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if completion_start_time is not UNSET:
            field_dict["completion_start_time"] = completion_start_time
        if prompt_id is not UNSET:
            field_dict["prompt_id"] = prompt_id
        if prompt_name is not UNSET:
            field_dict["prompt_name"] = prompt_name
        if prompt_version is not UNSET:
            field_dict["prompt_version"] = prompt_version
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        trace_id = d.pop("trace_id")

        type_ = d.pop("type")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        name = d.pop("name")

        metadata = d.pop("metadata")

        level = d.pop("level")

        provided_usage_details = d.pop("provided_usage_details")

        usage_details = d.pop("usage_details")

        provided_cost_details = d.pop("provided_cost_details")

        cost_details = d.pop("cost_details")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event_ts = datetime.datetime.fromisoformat(d.pop("event_ts"))

        is_deleted = d.pop("is_deleted")

        parent_observation_id = d.pop("parent_observation_id", UNSET)

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        status_message = d.pop("status_message", UNSET)

        version = d.pop("version", UNSET)

        input_ = d.pop("input", UNSET)

        output = d.pop("output", UNSET)

        provided_model_name = d.pop("provided_model_name", UNSET)

        internal_model_id = d.pop("internal_model_id", UNSET)

        model_parameters = d.pop("model_parameters", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        def _parse_completion_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return completion_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completion_start_time = _parse_completion_start_time(d.pop("completion_start_time", UNSET))

        prompt_id = d.pop("prompt_id", UNSET)

        prompt_name = d.pop("prompt_name", UNSET)

        prompt_version = d.pop("prompt_version", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        observation = cls(
            id=id,
            trace_id=trace_id,
            type_=type_,
            start_time=start_time,
            name=name,
            metadata=metadata,
            level=level,
            provided_usage_details=provided_usage_details,
            usage_details=usage_details,
            provided_cost_details=provided_cost_details,
            cost_details=cost_details,
            created_at=created_at,
            event_ts=event_ts,
            is_deleted=is_deleted,
            parent_observation_id=parent_observation_id,
            end_time=end_time,
            status_message=status_message,
            version=version,
            input_=input_,
            output=output,
            provided_model_name=provided_model_name,
            internal_model_id=internal_model_id,
            model_parameters=model_parameters,
            total_cost=total_cost,
            completion_start_time=completion_start_time,
            prompt_id=prompt_id,
            prompt_name=prompt_name,
            prompt_version=prompt_version,
            updated_at=updated_at,
        )

        observation.additional_properties = d
        return observation

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
