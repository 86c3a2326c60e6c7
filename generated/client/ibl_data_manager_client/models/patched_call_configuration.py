from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.call_configuration_mode_enum import CallConfigurationModeEnum
from ..models.llm_provider_enum import LlmProviderEnum
from ..models.stt_provider_enum import SttProviderEnum
from ..models.tts_provider_enum import TtsProviderEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_request import VoiceRequest


T = TypeVar("T", bound="PatchedCallConfiguration")


@_attrs_define
class PatchedCallConfiguration:
    """
    Attributes:
        mentor (UUID | Unset):
        mode (CallConfigurationModeEnum | Unset): * `realtime` - Realtime * `inference` - Inference
        tts_provider (TtsProviderEnum | Unset): * `openai` - Openai * `google` - Google * `elevenlabs` - Elevenlabs *
            `azure_openai` - Azure Openai
        stt_provider (SttProviderEnum | Unset): * `openai` - Openai * `google` - Google * `deepgram` - Deepgram *
            `cartesia` - Cartesia * `azure_openai` - Azure Openai
        llm_provider (LlmProviderEnum | Unset): * `openai` - Openai * `google` - Google * `azure_openai` - Azure Openai
        language (str | Unset): Language code for TTS, STT, and LLM (e.g., 'en', 'en-US', 'es', 'fr'). Defaults to 'en'
            (English).
        use_function_calling_for_rag (bool | Unset): Whether to use function calls in the agent or force RAG calls
            before LLM generation
        google_voice (VoiceRequest | Unset):
        openai_voice (VoiceRequest | Unset):
        openai_voice_id (int | None | Unset):
        google_voice_id (int | None | Unset):
        enable_video (bool | Unset): Whether to enable video for the call. (applicable only for realtime mode)
        screensharing_system_prompt (str | Unset): System prompt to use for screensharing guidance. Defaults to
            VIDEO_GUIDANCE_PROMPT from constants.
        screensharing_proactive_prompt (str | Unset): Proactive prompt used during screensharing calls to guide the
            conversation.
    """

    mentor: UUID | Unset = UNSET
    mode: CallConfigurationModeEnum | Unset = UNSET
    tts_provider: TtsProviderEnum | Unset = UNSET
    stt_provider: SttProviderEnum | Unset = UNSET
    llm_provider: LlmProviderEnum | Unset = UNSET
    language: str | Unset = UNSET
    use_function_calling_for_rag: bool | Unset = UNSET
    google_voice: VoiceRequest | Unset = UNSET
    openai_voice: VoiceRequest | Unset = UNSET
    openai_voice_id: int | None | Unset = UNSET
    google_voice_id: int | None | Unset = UNSET
    enable_video: bool | Unset = UNSET
    screensharing_system_prompt: str | Unset = UNSET
    screensharing_proactive_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        tts_provider: str | Unset = UNSET
        if not isinstance(self.tts_provider, Unset):
            tts_provider = self.tts_provider.value

        stt_provider: str | Unset = UNSET
        if not isinstance(self.stt_provider, Unset):
            stt_provider = self.stt_provider.value

        llm_provider: str | Unset = UNSET
        if not isinstance(self.llm_provider, Unset):
            llm_provider = self.llm_provider.value

        language = self.language

        use_function_calling_for_rag = self.use_function_calling_for_rag

        google_voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_voice, Unset):
            google_voice = self.google_voice.to_dict()

        openai_voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openai_voice, Unset):
            openai_voice = self.openai_voice.to_dict()

        openai_voice_id: int | None | Unset = self.openai_voice_id

        google_voice_id: int | None | Unset = self.google_voice_id

        enable_video = self.enable_video

        screensharing_system_prompt = self.screensharing_system_prompt

        screensharing_proactive_prompt = self.screensharing_proactive_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if mode is not UNSET:
            field_dict["mode"] = mode
        if tts_provider is not UNSET:
            field_dict["tts_provider"] = tts_provider
        if stt_provider is not UNSET:
            field_dict["stt_provider"] = stt_provider
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if language is not UNSET:
            field_dict["language"] = language
        if use_function_calling_for_rag is not UNSET:
            field_dict["use_function_calling_for_rag"] = use_function_calling_for_rag
        if google_voice is not UNSET:
            field_dict["google_voice"] = google_voice
        if openai_voice is not UNSET:
            field_dict["openai_voice"] = openai_voice
        if openai_voice_id is not UNSET:
            field_dict["openai_voice_id"] = openai_voice_id
        if google_voice_id is not UNSET:
            field_dict["google_voice_id"] = google_voice_id
        if enable_video is not UNSET:
            field_dict["enable_video"] = enable_video
        if screensharing_system_prompt is not UNSET:
            field_dict["screensharing_system_prompt"] = screensharing_system_prompt
        if screensharing_proactive_prompt is not UNSET:
            field_dict["screensharing_proactive_prompt"] = screensharing_proactive_prompt

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.mentor, Unset):
            files.append(("mentor", (None, str(self.mentor), "text/plain")))

        if not isinstance(self.mode, Unset):
            files.append(("mode", (None, str(self.mode.value).encode(), "text/plain")))

        if not isinstance(self.tts_provider, Unset):
            files.append(
                ("tts_provider", (None, str(self.tts_provider.value).encode(), "text/plain"))
            )

        if not isinstance(self.stt_provider, Unset):
            files.append(
                ("stt_provider", (None, str(self.stt_provider.value).encode(), "text/plain"))
            )

        if not isinstance(self.llm_provider, Unset):
            files.append(
                ("llm_provider", (None, str(self.llm_provider.value).encode(), "text/plain"))
            )

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.use_function_calling_for_rag, Unset):
            files.append(
                (
                    "use_function_calling_for_rag",
                    (None, str(self.use_function_calling_for_rag).encode(), "text/plain"),
                )
            )

        if not isinstance(self.google_voice, Unset):
            files.append(
                (
                    "google_voice",
                    (None, json.dumps(self.google_voice.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.openai_voice, Unset):
            files.append(
                (
                    "openai_voice",
                    (None, json.dumps(self.openai_voice.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.openai_voice_id, Unset):
            if isinstance(self.openai_voice_id, int):
                files.append(
                    ("openai_voice_id", (None, str(self.openai_voice_id).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("openai_voice_id", (None, str(self.openai_voice_id).encode(), "text/plain"))
                )

        if not isinstance(self.google_voice_id, Unset):
            if isinstance(self.google_voice_id, int):
                files.append(
                    ("google_voice_id", (None, str(self.google_voice_id).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("google_voice_id", (None, str(self.google_voice_id).encode(), "text/plain"))
                )

        if not isinstance(self.enable_video, Unset):
            files.append(("enable_video", (None, str(self.enable_video).encode(), "text/plain")))

        if not isinstance(self.screensharing_system_prompt, Unset):
            files.append(
                (
                    "screensharing_system_prompt",
                    (None, str(self.screensharing_system_prompt).encode(), "text/plain"),
                )
            )

        if not isinstance(self.screensharing_proactive_prompt, Unset):
            files.append(
                (
                    "screensharing_proactive_prompt",
                    (None, str(self.screensharing_proactive_prompt).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_request import VoiceRequest  # noqa: PLC0415

        d = dict(src_dict)
        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = UUID(_mentor)

        _mode = d.pop("mode", UNSET)
        mode: CallConfigurationModeEnum | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = CallConfigurationModeEnum(_mode)

        _tts_provider = d.pop("tts_provider", UNSET)
        tts_provider: TtsProviderEnum | Unset
        if isinstance(_tts_provider, Unset):
            tts_provider = UNSET
        else:
            tts_provider = TtsProviderEnum(_tts_provider)

        _stt_provider = d.pop("stt_provider", UNSET)
        stt_provider: SttProviderEnum | Unset
        if isinstance(_stt_provider, Unset):
            stt_provider = UNSET
        else:
            stt_provider = SttProviderEnum(_stt_provider)

        _llm_provider = d.pop("llm_provider", UNSET)
        llm_provider: LlmProviderEnum | Unset
        if isinstance(_llm_provider, Unset):
            llm_provider = UNSET
        else:
            llm_provider = LlmProviderEnum(_llm_provider)

        language = d.pop("language", UNSET)

        use_function_calling_for_rag = d.pop("use_function_calling_for_rag", UNSET)

        _google_voice = d.pop("google_voice", UNSET)
        google_voice: VoiceRequest | Unset
        if isinstance(_google_voice, Unset):
            google_voice = UNSET
        else:
            google_voice = VoiceRequest.from_dict(_google_voice)

        _openai_voice = d.pop("openai_voice", UNSET)
        openai_voice: VoiceRequest | Unset
        if isinstance(_openai_voice, Unset):
            openai_voice = UNSET
        else:
            openai_voice = VoiceRequest.from_dict(_openai_voice)

        openai_voice_id = d.pop("openai_voice_id", UNSET)

        google_voice_id = d.pop("google_voice_id", UNSET)

        enable_video = d.pop("enable_video", UNSET)

        screensharing_system_prompt = d.pop("screensharing_system_prompt", UNSET)

        screensharing_proactive_prompt = d.pop("screensharing_proactive_prompt", UNSET)

        patched_call_configuration = cls(
            mentor=mentor,
            mode=mode,
            tts_provider=tts_provider,
            stt_provider=stt_provider,
            llm_provider=llm_provider,
            language=language,
            use_function_calling_for_rag=use_function_calling_for_rag,
            google_voice=google_voice,
            openai_voice=openai_voice,
            openai_voice_id=openai_voice_id,
            google_voice_id=google_voice_id,
            enable_video=enable_video,
            screensharing_system_prompt=screensharing_system_prompt,
            screensharing_proactive_prompt=screensharing_proactive_prompt,
        )

        patched_call_configuration.additional_properties = d
        return patched_call_configuration

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
