from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.provider_63a_enum import Provider63AEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedTrainingCreate")


@_attrs_define
class PatchedTrainingCreate:
    """
    Attributes:
        project_name (str | Unset):
        dataset (UUID | Unset):
        base_model_name (str | Unset):
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
        prompt_prefix (str | Unset):
        prompt_suffix (str | Unset):
        response_prefix (str | Unset):
    """

    project_name: str | Unset = UNSET
    dataset: UUID | Unset = UNSET
    base_model_name: str | Unset = UNSET
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
    prompt_prefix: str | Unset = UNSET
    prompt_suffix: str | Unset = UNSET
    response_prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        dataset: str | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = str(self.dataset)

        base_model_name = self.base_model_name

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

        prompt_prefix = self.prompt_prefix

        prompt_suffix = self.prompt_suffix

        response_prefix = self.response_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if base_model_name is not UNSET:
            field_dict["base_model_name"] = base_model_name
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
        if prompt_prefix is not UNSET:
            field_dict["prompt_prefix"] = prompt_prefix
        if prompt_suffix is not UNSET:
            field_dict["prompt_suffix"] = prompt_suffix
        if response_prefix is not UNSET:
            field_dict["response_prefix"] = response_prefix

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.project_name, Unset):
            files.append(("project_name", (None, str(self.project_name).encode(), "text/plain")))

        if not isinstance(self.dataset, Unset):
            files.append(("dataset", (None, str(self.dataset), "text/plain")))

        if not isinstance(self.base_model_name, Unset):
            files.append(
                ("base_model_name", (None, str(self.base_model_name).encode(), "text/plain"))
            )

        if not isinstance(self.provider, Unset):
            files.append(("provider", (None, str(self.provider.value).encode(), "text/plain")))

        if not isinstance(self.text_column, Unset):
            files.append(("text_column", (None, str(self.text_column).encode(), "text/plain")))

        if not isinstance(self.learning_rate, Unset):
            files.append(("learning_rate", (None, str(self.learning_rate).encode(), "text/plain")))

        if not isinstance(self.batch_size, Unset):
            files.append(("batch_size", (None, str(self.batch_size).encode(), "text/plain")))

        if not isinstance(self.num_epochs, Unset):
            files.append(("num_epochs", (None, str(self.num_epochs).encode(), "text/plain")))

        if not isinstance(self.block_size, Unset):
            files.append(("block_size", (None, str(self.block_size).encode(), "text/plain")))

        if not isinstance(self.warmup_ratio, Unset):
            files.append(("warmup_ratio", (None, str(self.warmup_ratio).encode(), "text/plain")))

        if not isinstance(self.lora_r, Unset):
            files.append(("lora_r", (None, str(self.lora_r).encode(), "text/plain")))

        if not isinstance(self.lora_alpha, Unset):
            files.append(("lora_alpha", (None, str(self.lora_alpha).encode(), "text/plain")))

        if not isinstance(self.lora_dropout, Unset):
            files.append(("lora_dropout", (None, str(self.lora_dropout).encode(), "text/plain")))

        if not isinstance(self.weight_decay, Unset):
            files.append(("weight_decay", (None, str(self.weight_decay).encode(), "text/plain")))

        if not isinstance(self.gradient_accumulation, Unset):
            files.append(
                (
                    "gradient_accumulation",
                    (None, str(self.gradient_accumulation).encode(), "text/plain"),
                )
            )

        if not isinstance(self.use_peft, Unset):
            files.append(("use_peft", (None, str(self.use_peft).encode(), "text/plain")))

        if not isinstance(self.use_fp16, Unset):
            files.append(("use_fp16", (None, str(self.use_fp16).encode(), "text/plain")))

        if not isinstance(self.use_int4, Unset):
            files.append(("use_int4", (None, str(self.use_int4).encode(), "text/plain")))

        if not isinstance(self.push_to_hub, Unset):
            files.append(("push_to_hub", (None, str(self.push_to_hub).encode(), "text/plain")))

        if not isinstance(self.repo_id, Unset):
            files.append(("repo_id", (None, str(self.repo_id).encode(), "text/plain")))

        if not isinstance(self.preprocess_dataset, Unset):
            files.append(
                ("preprocess_dataset", (None, str(self.preprocess_dataset).encode(), "text/plain"))
            )

        if not isinstance(self.prompt_column, Unset):
            files.append(("prompt_column", (None, str(self.prompt_column).encode(), "text/plain")))

        if not isinstance(self.prompt_prefix, Unset):
            files.append(("prompt_prefix", (None, str(self.prompt_prefix).encode(), "text/plain")))

        if not isinstance(self.prompt_suffix, Unset):
            files.append(("prompt_suffix", (None, str(self.prompt_suffix).encode(), "text/plain")))

        if not isinstance(self.response_prefix, Unset):
            files.append(
                ("response_prefix", (None, str(self.response_prefix).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_name = d.pop("project_name", UNSET)

        _dataset = d.pop("dataset", UNSET)
        dataset: UUID | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = UUID(_dataset)

        base_model_name = d.pop("base_model_name", UNSET)

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

        prompt_prefix = d.pop("prompt_prefix", UNSET)

        prompt_suffix = d.pop("prompt_suffix", UNSET)

        response_prefix = d.pop("response_prefix", UNSET)

        patched_training_create = cls(
            project_name=project_name,
            dataset=dataset,
            base_model_name=base_model_name,
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
            prompt_prefix=prompt_prefix,
            prompt_suffix=prompt_suffix,
            response_prefix=response_prefix,
        )

        patched_training_create.additional_properties = d
        return patched_training_create

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
