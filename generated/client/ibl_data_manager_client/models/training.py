from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_63a_enum import Provider63AEnum
from ..models.training_status_enum import TrainingStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_set import DataSet


T = TypeVar("T", bound="Training")


@_attrs_define
class Training:
    """
    Attributes:
        dataset (DataSet):
        project_name (str):
        base_model_name (str):
        date_created (datetime.datetime):
        last_modified (datetime.datetime):
        platform (int):
        id (UUID | Unset):
        metadata (Any | Unset):
        status (TrainingStatusEnum | Unset): * `trained` - Trained * `failed` - Failed * `pending` - Pending *
            `untrained` - Untrained
        retry_attempts (int | Unset):
        fine_tuned_model (str | Unset):
        provider (Provider63AEnum | Unset): * `openai` - Openai
        text_column (str | Unset):
        learning_rate (float | Unset):
        batch_size (int | Unset):
        num_epochs (int | Unset):
        block_size (int | Unset):
        warmup_ratio (float | Unset):
        lora_r (int | Unset):
        lora_alpha (int | Unset):
        lora_dropout (float | Unset):
        weight_decay (float | Unset):
        gradient_accumulation (int | Unset):
        use_peft (bool | Unset):
        use_fp16 (bool | Unset):
        use_int4 (bool | Unset):
        push_to_hub (bool | Unset):
        repo_id (str | Unset):
        preprocess_dataset (bool | Unset):
        prompt_column (str | Unset):
        response_column (str | Unset):
        prompt_prefix (str | Unset):
        prompt_suffix (str | Unset):
        response_prefix (str | Unset):
        response_suffix (str | Unset):
        error_log (str | Unset):
    """

    dataset: DataSet
    project_name: str
    base_model_name: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    platform: int
    id: UUID | Unset = UNSET
    metadata: Any | Unset = UNSET
    status: TrainingStatusEnum | Unset = UNSET
    retry_attempts: int | Unset = UNSET
    fine_tuned_model: str | Unset = UNSET
    provider: Provider63AEnum | Unset = UNSET
    text_column: str | Unset = UNSET
    learning_rate: float | Unset = UNSET
    batch_size: int | Unset = UNSET
    num_epochs: int | Unset = UNSET
    block_size: int | Unset = UNSET
    warmup_ratio: float | Unset = UNSET
    lora_r: int | Unset = UNSET
    lora_alpha: int | Unset = UNSET
    lora_dropout: float | Unset = UNSET
    weight_decay: float | Unset = UNSET
    gradient_accumulation: int | Unset = UNSET
    use_peft: bool | Unset = UNSET
    use_fp16: bool | Unset = UNSET
    use_int4: bool | Unset = UNSET
    push_to_hub: bool | Unset = UNSET
    repo_id: str | Unset = UNSET
    preprocess_dataset: bool | Unset = UNSET
    prompt_column: str | Unset = UNSET
    response_column: str | Unset = UNSET
    prompt_prefix: str | Unset = UNSET
    prompt_suffix: str | Unset = UNSET
    response_prefix: str | Unset = UNSET
    response_suffix: str | Unset = UNSET
    error_log: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset.to_dict()

        project_name = self.project_name

        base_model_name = self.base_model_name

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        platform = self.platform

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        metadata = self.metadata

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        retry_attempts = self.retry_attempts

        fine_tuned_model = self.fine_tuned_model

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        text_column = self.text_column

        learning_rate = self.learning_rate

        batch_size = self.batch_size

        num_epochs = self.num_epochs

        block_size = self.block_size

        warmup_ratio = self.warmup_ratio

        lora_r = self.lora_r

        lora_alpha = self.lora_alpha

        lora_dropout = self.lora_dropout

        weight_decay = self.weight_decay

        gradient_accumulation = self.gradient_accumulation

        use_peft = self.use_peft

        use_fp16 = self.use_fp16

        use_int4 = self.use_int4

        push_to_hub = self.push_to_hub

        repo_id = self.repo_id

        preprocess_dataset = self.preprocess_dataset

        prompt_column = self.prompt_column

        response_column = self.response_column

        prompt_prefix = self.prompt_prefix

        prompt_suffix = self.prompt_suffix

        response_prefix = self.response_prefix

        response_suffix = self.response_suffix

        error_log = self.error_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
                "project_name": project_name,
                "base_model_name": base_model_name,
                "date_created": date_created,
                "last_modified": last_modified,
                "platform": platform,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if retry_attempts is not UNSET:
            field_dict["retry_attempts"] = retry_attempts
        if fine_tuned_model is not UNSET:
            field_dict["fine_tuned_model"] = fine_tuned_model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if text_column is not UNSET:
            field_dict["text_column"] = text_column
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if num_epochs is not UNSET:
            field_dict["num_epochs"] = num_epochs
        if block_size is not UNSET:
            field_dict["block_size"] = block_size
        if warmup_ratio is not UNSET:
            field_dict["warmup_ratio"] = warmup_ratio
        if lora_r is not UNSET:
            field_dict["lora_r"] = lora_r
        if lora_alpha is not UNSET:
            field_dict["lora_alpha"] = lora_alpha
        if lora_dropout is not UNSET:
            field_dict["lora_dropout"] = lora_dropout
        if weight_decay is not UNSET:
            field_dict["weight_decay"] = weight_decay
        if gradient_accumulation is not UNSET:
            field_dict["gradient_accumulation"] = gradient_accumulation
        if use_peft is not UNSET:
            field_dict["use_peft"] = use_peft
        if use_fp16 is not UNSET:
            field_dict["use_fp16"] = use_fp16
        if use_int4 is not UNSET:
            field_dict["use_int4"] = use_int4
        if push_to_hub is not UNSET:
            field_dict["push_to_hub"] = push_to_hub
        if repo_id is not UNSET:
            field_dict["repo_id"] = repo_id
        if preprocess_dataset is not UNSET:
            field_dict["preprocess_dataset"] = preprocess_dataset
        if prompt_column is not UNSET:
            field_dict["prompt_column"] = prompt_column
        if response_column is not UNSET:
            field_dict["response_column"] = response_column
        if prompt_prefix is not UNSET:
            field_dict["prompt_prefix"] = prompt_prefix
        if prompt_suffix is not UNSET:
            field_dict["prompt_suffix"] = prompt_suffix
        if response_prefix is not UNSET:
            field_dict["response_prefix"] = response_prefix
        if response_suffix is not UNSET:
            field_dict["response_suffix"] = response_suffix
        if error_log is not UNSET:
            field_dict["error_log"] = error_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set import DataSet  # noqa: PLC0415

        d = dict(src_dict)
        dataset = DataSet.from_dict(d.pop("dataset"))

        project_name = d.pop("project_name")

        base_model_name = d.pop("base_model_name")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        last_modified = datetime.datetime.fromisoformat(d.pop("last_modified"))

        platform = d.pop("platform")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        metadata = d.pop("metadata", UNSET)

        _status = d.pop("status", UNSET)
        status: TrainingStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TrainingStatusEnum(_status)

        retry_attempts = d.pop("retry_attempts", UNSET)

        fine_tuned_model = d.pop("fine_tuned_model", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: Provider63AEnum | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = Provider63AEnum(_provider)

        text_column = d.pop("text_column", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        num_epochs = d.pop("num_epochs", UNSET)

        block_size = d.pop("block_size", UNSET)

        warmup_ratio = d.pop("warmup_ratio", UNSET)

        lora_r = d.pop("lora_r", UNSET)

        lora_alpha = d.pop("lora_alpha", UNSET)

        lora_dropout = d.pop("lora_dropout", UNSET)

        weight_decay = d.pop("weight_decay", UNSET)

        gradient_accumulation = d.pop("gradient_accumulation", UNSET)

        use_peft = d.pop("use_peft", UNSET)

        use_fp16 = d.pop("use_fp16", UNSET)

        use_int4 = d.pop("use_int4", UNSET)

        push_to_hub = d.pop("push_to_hub", UNSET)

        repo_id = d.pop("repo_id", UNSET)

        preprocess_dataset = d.pop("preprocess_dataset", UNSET)

        prompt_column = d.pop("prompt_column", UNSET)

        response_column = d.pop("response_column", UNSET)

        prompt_prefix = d.pop("prompt_prefix", UNSET)

        prompt_suffix = d.pop("prompt_suffix", UNSET)

        response_prefix = d.pop("response_prefix", UNSET)

        response_suffix = d.pop("response_suffix", UNSET)

        error_log = d.pop("error_log", UNSET)

        training = cls(
            dataset=dataset,
            project_name=project_name,
            base_model_name=base_model_name,
            date_created=date_created,
            last_modified=last_modified,
            platform=platform,
            id=id,
            metadata=metadata,
            status=status,
            retry_attempts=retry_attempts,
            fine_tuned_model=fine_tuned_model,
            provider=provider,
            text_column=text_column,
            learning_rate=learning_rate,
            batch_size=batch_size,
            num_epochs=num_epochs,
            block_size=block_size,
            warmup_ratio=warmup_ratio,
            lora_r=lora_r,
            lora_alpha=lora_alpha,
            lora_dropout=lora_dropout,
            weight_decay=weight_decay,
            gradient_accumulation=gradient_accumulation,
            use_peft=use_peft,
            use_fp16=use_fp16,
            use_int4=use_int4,
            push_to_hub=push_to_hub,
            repo_id=repo_id,
            preprocess_dataset=preprocess_dataset,
            prompt_column=prompt_column,
            response_column=response_column,
            prompt_prefix=prompt_prefix,
            prompt_suffix=prompt_suffix,
            response_prefix=response_prefix,
            response_suffix=response_suffix,
            error_log=error_log,
        )

        training.additional_properties = d
        return training

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
