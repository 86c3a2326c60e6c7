from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_mentor_create_greeting_method import PatchedMentorCreateGreetingMethod
from ..models.patched_mentor_create_starter_prompts import PatchedMentorCreateStarterPrompts
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedMentorCreate")


@_attrs_define
class PatchedMentorCreate:
    """
    Attributes:
        name (str | Unset):
        unique_id (UUID | Unset):
        flow (Any | Unset): The langflow json for the mentor
        slug (str | Unset):
        platform (str | Unset):
        allow_anonymous (bool | Unset):
        enable_offline_mode (bool | Unset): Allow this mentor to be used offline with local LLMs
        metadata (Any | Unset):
        enable_moderation (bool | Unset):
        enable_multi_query_rag (bool | Unset):
        enable_prompt_caching (bool | Unset): Enable prompt caching for Anthropic models to reduce latency and cost.
            This disabled RAG and other dynamic parts of system prompt such as memory, current datetime, etc. Use with
            caution
        enable_post_processing_system (bool | Unset):
        enable_openai_assistant (bool | Unset): (Deprecated) Set template mentor to openai-agent instead.
        enable_total_grounding (bool | Unset): Whether to force mentor to only use information within the provided
            documents.
        enable_suggested_prompts (bool | Unset): Whether to show suggested prompts for the mentor or not. Note:
            Suggested prompts are created by tenant admins.
        enable_guided_prompts (bool | Unset): Whether to show suggested prompts for the mentor or not. Note: Guided
            prompts are created with an llm based on chat history.
        save_flagged_prompts (bool | Unset):
        google_voice (int | None | Unset):
        openai_voice (int | None | Unset):
        guided_prompt_instructions (str | Unset): Instructions to determine how prompt suggestions are generated.
        categories (list[int] | Unset):
        types (list[int] | Unset):
        subjects (list[int] | Unset):
        proactive_prompt (str | Unset): Prompt template used to start a conversation with the user when greeting_type is
            proactive_prompt. This will be sent to the LLM so it can respond naturally
        study_mode_prompt (str | Unset): Prompt to be used to guide the user through their studies when study mode tool
            is enabled.
        disclaimer (str | Unset): Disclaimer to be shown to the user when the mentor is used.
        enable_disclaimer (bool | Unset):
        show_attachment (bool | Unset): Show attachments on mentor.
        show_voice_call (bool | Unset): Show voice call button on mentor.
        show_voice_record (bool | Unset): Show voice recording button on mentor.
        show_rag_images (bool | Unset): Show RAG images in mentor response.
        starter_prompts (PatchedMentorCreateStarterPrompts | Unset): Type of starter prompts to show: guided_prompt or
            suggested_prompt.  * `guided_prompt` - Guided Prompt * `suggested_prompt` - Suggested Prompt
        embed_is_context_aware (bool | Unset): Allow embedded mentor to read content on the embedded web page.
        embed_open_by_default (bool | Unset): Open mentor embed iframe by default.
        embed_show_attachment (bool | Unset): Show attachments on embedded mentor.
        embed_show_voice_call (bool | Unset): Show voice call button on embedded mentor.
        embed_show_voice_record (bool | Unset): Show voice recording button on embedded mentor.
        show_explore_mentors (bool | Unset): Show explore mentors option.
        embed_icon_selection_data (Any | Unset): Stores embedded icon selection data for the mentor widget.
        placeholder_prompt (str | Unset): Placeholder to be shown in the input text area when the mentor is used.
        moderation_system_prompt (str | Unset): The prompt for the moderation system. This prompt must clearly
            distinguish between 'Approapriate' and 'Not Appropriate' queries.
        post_processing_prompt (str | Unset): Prompt to be used to alter or modify final llm response into any desired
            form.
        moderation_response (str | Unset): Desired feedback to return to the user when their prompt is deemed
            inappropriate.
        safety_system_prompt (str | Unset): Prompt to check whether the models response is appropriate or not.
        safety_response (str | Unset): Feedback given to the user when a model generates an inappropriate response
        disable_chathistory (bool | Unset):
        enable_safety_system (bool | Unset):
        proactive_response (str | Unset): Response to start a conversation with a user.
        mcp_servers (list[int] | Unset):
        greeting_method (PatchedMentorCreateGreetingMethod | Unset): How the mentor should greet the user.
            proactive_prompt: Allow the LLM to respond to proactive_prompt msg. proactive_response: use proactive_response
            template without performing an LLM call.  * `proactive_prompt` - Proactive Prompt * `proactive_response` -
            Proactive Response
        last_accessed_by (int | None | Unset): edX user ID
        recently_accessed_at (datetime.datetime | None | Unset):
        created_by (None | str | Unset):
    """

    name: str | Unset = UNSET
    unique_id: UUID | Unset = UNSET
    flow: Any | Unset = UNSET
    slug: str | Unset = UNSET
    platform: str | Unset = UNSET
    allow_anonymous: bool | Unset = UNSET
    enable_offline_mode: bool | Unset = UNSET
    metadata: Any | Unset = UNSET
    enable_moderation: bool | Unset = UNSET
    enable_multi_query_rag: bool | Unset = UNSET
    enable_prompt_caching: bool | Unset = UNSET
    enable_post_processing_system: bool | Unset = UNSET
    enable_openai_assistant: bool | Unset = UNSET
    enable_total_grounding: bool | Unset = UNSET
    enable_suggested_prompts: bool | Unset = UNSET
    enable_guided_prompts: bool | Unset = UNSET
    save_flagged_prompts: bool | Unset = UNSET
    google_voice: int | None | Unset = UNSET
    openai_voice: int | None | Unset = UNSET
    guided_prompt_instructions: str | Unset = UNSET
    categories: list[int] | Unset = UNSET
    types: list[int] | Unset = UNSET
    subjects: list[int] | Unset = UNSET
    proactive_prompt: str | Unset = UNSET
    study_mode_prompt: str | Unset = UNSET
    disclaimer: str | Unset = UNSET
    enable_disclaimer: bool | Unset = UNSET
    show_attachment: bool | Unset = UNSET
    show_voice_call: bool | Unset = UNSET
    show_voice_record: bool | Unset = UNSET
    show_rag_images: bool | Unset = UNSET
    starter_prompts: PatchedMentorCreateStarterPrompts | Unset = UNSET
    embed_is_context_aware: bool | Unset = UNSET
    embed_open_by_default: bool | Unset = UNSET
    embed_show_attachment: bool | Unset = UNSET
    embed_show_voice_call: bool | Unset = UNSET
    embed_show_voice_record: bool | Unset = UNSET
    show_explore_mentors: bool | Unset = UNSET
    embed_icon_selection_data: Any | Unset = UNSET
    placeholder_prompt: str | Unset = UNSET
    moderation_system_prompt: str | Unset = UNSET
    post_processing_prompt: str | Unset = UNSET
    moderation_response: str | Unset = UNSET
    safety_system_prompt: str | Unset = UNSET
    safety_response: str | Unset = UNSET
    disable_chathistory: bool | Unset = UNSET
    enable_safety_system: bool | Unset = UNSET
    proactive_response: str | Unset = UNSET
    mcp_servers: list[int] | Unset = UNSET
    greeting_method: PatchedMentorCreateGreetingMethod | Unset = UNSET
    last_accessed_by: int | None | Unset = UNSET
    recently_accessed_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        flow = self.flow

        slug = self.slug

        platform = self.platform

        allow_anonymous = self.allow_anonymous

        enable_offline_mode = self.enable_offline_mode

        metadata = self.metadata

        enable_moderation = self.enable_moderation

        enable_multi_query_rag = self.enable_multi_query_rag

        enable_prompt_caching = self.enable_prompt_caching

        enable_post_processing_system = self.enable_post_processing_system

        enable_openai_assistant = self.enable_openai_assistant

        enable_total_grounding = self.enable_total_grounding

        enable_suggested_prompts = self.enable_suggested_prompts

        enable_guided_prompts = self.enable_guided_prompts

        save_flagged_prompts = self.save_flagged_prompts

        google_voice: int | None | Unset = self.google_voice

        openai_voice: int | None | Unset = self.openai_voice

        guided_prompt_instructions = self.guided_prompt_instructions

        categories: list[int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        types: list[int] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        subjects: list[int] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        proactive_prompt = self.proactive_prompt

        study_mode_prompt = self.study_mode_prompt

        disclaimer = self.disclaimer

        enable_disclaimer = self.enable_disclaimer

        show_attachment = self.show_attachment

        show_voice_call = self.show_voice_call

        show_voice_record = self.show_voice_record

        show_rag_images = self.show_rag_images

        starter_prompts: str | Unset = UNSET
        if not isinstance(self.starter_prompts, Unset):
            starter_prompts = self.starter_prompts.value

        embed_is_context_aware = self.embed_is_context_aware

        embed_open_by_default = self.embed_open_by_default

        embed_show_attachment = self.embed_show_attachment

        embed_show_voice_call = self.embed_show_voice_call

        embed_show_voice_record = self.embed_show_voice_record

        show_explore_mentors = self.show_explore_mentors

        embed_icon_selection_data = self.embed_icon_selection_data

        placeholder_prompt = self.placeholder_prompt

        moderation_system_prompt = self.moderation_system_prompt

        post_processing_prompt = self.post_processing_prompt

        moderation_response = self.moderation_response

        safety_system_prompt = self.safety_system_prompt

        safety_response = self.safety_response

        disable_chathistory = self.disable_chathistory

        enable_safety_system = self.enable_safety_system

        proactive_response = self.proactive_response

        mcp_servers: list[int] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers

        greeting_method: str | Unset = UNSET
        if not isinstance(self.greeting_method, Unset):
            greeting_method = self.greeting_method.value

        last_accessed_by: int | None | Unset = self.last_accessed_by

        recently_accessed_at: None | str | Unset
        if isinstance(self.recently_accessed_at, Unset):
            recently_accessed_at = UNSET
        elif isinstance(self.recently_accessed_at, datetime.datetime):
            recently_accessed_at = self.recently_accessed_at.isoformat()
        else:
            recently_accessed_at = self.recently_accessed_at

        created_by: None | str | Unset = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if flow is not UNSET:
            field_dict["flow"] = flow
        if slug is not UNSET:
            field_dict["slug"] = slug
        if platform is not UNSET:
            field_dict["platform"] = platform
        if allow_anonymous is not UNSET:
            field_dict["allow_anonymous"] = allow_anonymous
        if enable_offline_mode is not UNSET:
            field_dict["enable_offline_mode"] = enable_offline_mode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if enable_moderation is not UNSET:
            field_dict["enable_moderation"] = enable_moderation
        if enable_multi_query_rag is not UNSET:
            field_dict["enable_multi_query_rag"] = enable_multi_query_rag
        if enable_prompt_caching is not UNSET:
            field_dict["enable_prompt_caching"] = enable_prompt_caching
        if enable_post_processing_system is not UNSET:
            field_dict["enable_post_processing_system"] = enable_post_processing_system
        if enable_openai_assistant is not UNSET:
            field_dict["enable_openai_assistant"] = enable_openai_assistant
        if enable_total_grounding is not UNSET:
            field_dict["enable_total_grounding"] = enable_total_grounding
        if enable_suggested_prompts is not UNSET:
            field_dict["enable_suggested_prompts"] = enable_suggested_prompts
        if enable_guided_prompts is not UNSET:
            field_dict["enable_guided_prompts"] = enable_guided_prompts
        if save_flagged_prompts is not UNSET:
            field_dict["save_flagged_prompts"] = save_flagged_prompts
        if google_voice is not UNSET:
            field_dict["google_voice"] = google_voice
        if openai_voice is not UNSET:
            field_dict["openai_voice"] = openai_voice
        if guided_prompt_instructions is not UNSET:
            field_dict["guided_prompt_instructions"] = guided_prompt_instructions
        if categories is not UNSET:
            field_dict["categories"] = categories
        if types is not UNSET:
            field_dict["types"] = types
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if proactive_prompt is not UNSET:
            field_dict["proactive_prompt"] = proactive_prompt
        if study_mode_prompt is not UNSET:
            field_dict["study_mode_prompt"] = study_mode_prompt
        if disclaimer is not UNSET:
            field_dict["disclaimer"] = disclaimer
        if enable_disclaimer is not UNSET:
            field_dict["enable_disclaimer"] = enable_disclaimer
        if show_attachment is not UNSET:
            field_dict["show_attachment"] = show_attachment
        if show_voice_call is not UNSET:
            field_dict["show_voice_call"] = show_voice_call
        if show_voice_record is not UNSET:
            field_dict["show_voice_record"] = show_voice_record
        if show_rag_images is not UNSET:
            field_dict["show_rag_images"] = show_rag_images
        if starter_prompts is not UNSET:
            field_dict["starter_prompts"] = starter_prompts
        if embed_is_context_aware is not UNSET:
            field_dict["embed_is_context_aware"] = embed_is_context_aware
        if embed_open_by_default is not UNSET:
            field_dict["embed_open_by_default"] = embed_open_by_default
        if embed_show_attachment is not UNSET:
            field_dict["embed_show_attachment"] = embed_show_attachment
        if embed_show_voice_call is not UNSET:
            field_dict["embed_show_voice_call"] = embed_show_voice_call
        if embed_show_voice_record is not UNSET:
            field_dict["embed_show_voice_record"] = embed_show_voice_record
        if show_explore_mentors is not UNSET:
            field_dict["show_explore_mentors"] = show_explore_mentors
        if embed_icon_selection_data is not UNSET:
            field_dict["embed_icon_selection_data"] = embed_icon_selection_data
        if placeholder_prompt is not UNSET:
            field_dict["placeholder_prompt"] = placeholder_prompt
        if moderation_system_prompt is not UNSET:
            field_dict["moderation_system_prompt"] = moderation_system_prompt
        if post_processing_prompt is not UNSET:
            field_dict["post_processing_prompt"] = post_processing_prompt
        if moderation_response is not UNSET:
            field_dict["moderation_response"] = moderation_response
        if safety_system_prompt is not UNSET:
            field_dict["safety_system_prompt"] = safety_system_prompt
        if safety_response is not UNSET:
            field_dict["safety_response"] = safety_response
        if disable_chathistory is not UNSET:
            field_dict["disable_chathistory"] = disable_chathistory
        if enable_safety_system is not UNSET:
            field_dict["enable_safety_system"] = enable_safety_system
        if proactive_response is not UNSET:
            field_dict["proactive_response"] = proactive_response
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if greeting_method is not UNSET:
            field_dict["greeting_method"] = greeting_method
        if last_accessed_by is not UNSET:
            field_dict["last_accessed_by"] = last_accessed_by
        if recently_accessed_at is not UNSET:
            field_dict["recently_accessed_at"] = recently_accessed_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.unique_id, Unset):
            files.append(("unique_id", (None, str(self.unique_id), "text/plain")))

        if not isinstance(self.flow, Unset):
            files.append(("flow", (None, str(self.flow).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.platform, Unset):
            files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        if not isinstance(self.allow_anonymous, Unset):
            files.append(
                ("allow_anonymous", (None, str(self.allow_anonymous).encode(), "text/plain"))
            )

        if not isinstance(self.enable_offline_mode, Unset):
            files.append(
                (
                    "enable_offline_mode",
                    (None, str(self.enable_offline_mode).encode(), "text/plain"),
                )
            )

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.enable_moderation, Unset):
            files.append(
                ("enable_moderation", (None, str(self.enable_moderation).encode(), "text/plain"))
            )

        if not isinstance(self.enable_multi_query_rag, Unset):
            files.append(
                (
                    "enable_multi_query_rag",
                    (None, str(self.enable_multi_query_rag).encode(), "text/plain"),
                )
            )

        if not isinstance(self.enable_prompt_caching, Unset):
            files.append(
                (
                    "enable_prompt_caching",
                    (None, str(self.enable_prompt_caching).encode(), "text/plain"),
                )
            )

        if not isinstance(self.enable_post_processing_system, Unset):
            files.append(
                (
                    "enable_post_processing_system",
                    (None, str(self.enable_post_processing_system).encode(), "text/plain"),
                )
            )

        if not isinstance(self.enable_openai_assistant, Unset):
            files.append(
                (
                    "enable_openai_assistant",
                    (None, str(self.enable_openai_assistant).encode(), "text/plain"),
                )
            )

        if not isinstance(self.enable_total_grounding, Unset):
            files.append(
                (
                    "enable_total_grounding",
                    (None, str(self.enable_total_grounding).encode(), "text/plain"),
                )
            )

        if not isinstance(self.enable_suggested_prompts, Unset):
            files.append(
                (
                    "enable_suggested_prompts",
                    (None, str(self.enable_suggested_prompts).encode(), "text/plain"),
                )
            )

        if not isinstance(self.enable_guided_prompts, Unset):
            files.append(
                (
                    "enable_guided_prompts",
                    (None, str(self.enable_guided_prompts).encode(), "text/plain"),
                )
            )

        if not isinstance(self.save_flagged_prompts, Unset):
            files.append(
                (
                    "save_flagged_prompts",
                    (None, str(self.save_flagged_prompts).encode(), "text/plain"),
                )
            )

        if not isinstance(self.google_voice, Unset):
            if isinstance(self.google_voice, int):
                files.append(
                    ("google_voice", (None, str(self.google_voice).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("google_voice", (None, str(self.google_voice).encode(), "text/plain"))
                )

        if not isinstance(self.openai_voice, Unset):
            if isinstance(self.openai_voice, int):
                files.append(
                    ("openai_voice", (None, str(self.openai_voice).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("openai_voice", (None, str(self.openai_voice).encode(), "text/plain"))
                )

        if not isinstance(self.guided_prompt_instructions, Unset):
            files.append(
                (
                    "guided_prompt_instructions",
                    (None, str(self.guided_prompt_instructions).encode(), "text/plain"),
                )
            )

        if not isinstance(self.categories, Unset):
            for categories_item_element in self.categories:
                files.append(
                    ("categories", (None, str(categories_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.types, Unset):
            for types_item_element in self.types:
                files.append(("types", (None, str(types_item_element).encode(), "text/plain")))

        if not isinstance(self.subjects, Unset):
            for subjects_item_element in self.subjects:
                files.append(
                    ("subjects", (None, str(subjects_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.proactive_prompt, Unset):
            files.append(
                ("proactive_prompt", (None, str(self.proactive_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.study_mode_prompt, Unset):
            files.append(
                ("study_mode_prompt", (None, str(self.study_mode_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.disclaimer, Unset):
            files.append(("disclaimer", (None, str(self.disclaimer).encode(), "text/plain")))

        if not isinstance(self.enable_disclaimer, Unset):
            files.append(
                ("enable_disclaimer", (None, str(self.enable_disclaimer).encode(), "text/plain"))
            )

        if not isinstance(self.show_attachment, Unset):
            files.append(
                ("show_attachment", (None, str(self.show_attachment).encode(), "text/plain"))
            )

        if not isinstance(self.show_voice_call, Unset):
            files.append(
                ("show_voice_call", (None, str(self.show_voice_call).encode(), "text/plain"))
            )

        if not isinstance(self.show_voice_record, Unset):
            files.append(
                ("show_voice_record", (None, str(self.show_voice_record).encode(), "text/plain"))
            )

        if not isinstance(self.show_rag_images, Unset):
            files.append(
                ("show_rag_images", (None, str(self.show_rag_images).encode(), "text/plain"))
            )

        if not isinstance(self.starter_prompts, Unset):
            files.append(
                ("starter_prompts", (None, str(self.starter_prompts.value).encode(), "text/plain"))
            )

        if not isinstance(self.embed_is_context_aware, Unset):
            files.append(
                (
                    "embed_is_context_aware",
                    (None, str(self.embed_is_context_aware).encode(), "text/plain"),
                )
            )

        if not isinstance(self.embed_open_by_default, Unset):
            files.append(
                (
                    "embed_open_by_default",
                    (None, str(self.embed_open_by_default).encode(), "text/plain"),
                )
            )

        if not isinstance(self.embed_show_attachment, Unset):
            files.append(
                (
                    "embed_show_attachment",
                    (None, str(self.embed_show_attachment).encode(), "text/plain"),
                )
            )

        if not isinstance(self.embed_show_voice_call, Unset):
            files.append(
                (
                    "embed_show_voice_call",
                    (None, str(self.embed_show_voice_call).encode(), "text/plain"),
                )
            )

        if not isinstance(self.embed_show_voice_record, Unset):
            files.append(
                (
                    "embed_show_voice_record",
                    (None, str(self.embed_show_voice_record).encode(), "text/plain"),
                )
            )

        if not isinstance(self.show_explore_mentors, Unset):
            files.append(
                (
                    "show_explore_mentors",
                    (None, str(self.show_explore_mentors).encode(), "text/plain"),
                )
            )

        if not isinstance(self.embed_icon_selection_data, Unset):
            files.append(
                (
                    "embed_icon_selection_data",
                    (None, str(self.embed_icon_selection_data).encode(), "text/plain"),
                )
            )

        if not isinstance(self.placeholder_prompt, Unset):
            files.append(
                ("placeholder_prompt", (None, str(self.placeholder_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.moderation_system_prompt, Unset):
            files.append(
                (
                    "moderation_system_prompt",
                    (None, str(self.moderation_system_prompt).encode(), "text/plain"),
                )
            )

        if not isinstance(self.post_processing_prompt, Unset):
            files.append(
                (
                    "post_processing_prompt",
                    (None, str(self.post_processing_prompt).encode(), "text/plain"),
                )
            )

        if not isinstance(self.moderation_response, Unset):
            files.append(
                (
                    "moderation_response",
                    (None, str(self.moderation_response).encode(), "text/plain"),
                )
            )

        if not isinstance(self.safety_system_prompt, Unset):
            files.append(
                (
                    "safety_system_prompt",
                    (None, str(self.safety_system_prompt).encode(), "text/plain"),
                )
            )

        if not isinstance(self.safety_response, Unset):
            files.append(
                ("safety_response", (None, str(self.safety_response).encode(), "text/plain"))
            )

        if not isinstance(self.disable_chathistory, Unset):
            files.append(
                (
                    "disable_chathistory",
                    (None, str(self.disable_chathistory).encode(), "text/plain"),
                )
            )

        if not isinstance(self.enable_safety_system, Unset):
            files.append(
                (
                    "enable_safety_system",
                    (None, str(self.enable_safety_system).encode(), "text/plain"),
                )
            )

        if not isinstance(self.proactive_response, Unset):
            files.append(
                ("proactive_response", (None, str(self.proactive_response).encode(), "text/plain"))
            )

        if not isinstance(self.mcp_servers, Unset):
            for mcp_servers_item_element in self.mcp_servers:
                files.append(
                    ("mcp_servers", (None, str(mcp_servers_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.greeting_method, Unset):
            files.append(
                ("greeting_method", (None, str(self.greeting_method.value).encode(), "text/plain"))
            )

        if not isinstance(self.last_accessed_by, Unset):
            if isinstance(self.last_accessed_by, int):
                files.append(
                    ("last_accessed_by", (None, str(self.last_accessed_by).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("last_accessed_by", (None, str(self.last_accessed_by).encode(), "text/plain"))
                )

        if not isinstance(self.recently_accessed_at, Unset):
            if isinstance(self.recently_accessed_at, datetime.datetime):
                files.append(
                    (
                        "recently_accessed_at",
                        (None, self.recently_accessed_at.isoformat().encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "recently_accessed_at",
                        (None, str(self.recently_accessed_at).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.created_by, Unset):
            if isinstance(self.created_by, str):
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))
            else:
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = UUID(_unique_id)

        flow = d.pop("flow", UNSET)

        slug = d.pop("slug", UNSET)

        platform = d.pop("platform", UNSET)

        allow_anonymous = d.pop("allow_anonymous", UNSET)

        enable_offline_mode = d.pop("enable_offline_mode", UNSET)

        metadata = d.pop("metadata", UNSET)

        enable_moderation = d.pop("enable_moderation", UNSET)

        enable_multi_query_rag = d.pop("enable_multi_query_rag", UNSET)

        enable_prompt_caching = d.pop("enable_prompt_caching", UNSET)

        enable_post_processing_system = d.pop("enable_post_processing_system", UNSET)

        enable_openai_assistant = d.pop("enable_openai_assistant", UNSET)

        enable_total_grounding = d.pop("enable_total_grounding", UNSET)

        enable_suggested_prompts = d.pop("enable_suggested_prompts", UNSET)

        enable_guided_prompts = d.pop("enable_guided_prompts", UNSET)

        save_flagged_prompts = d.pop("save_flagged_prompts", UNSET)

        google_voice = d.pop("google_voice", UNSET)

        openai_voice = d.pop("openai_voice", UNSET)

        guided_prompt_instructions = d.pop("guided_prompt_instructions", UNSET)

        categories = cast(list[int], d.pop("categories", UNSET))

        types = cast(list[int], d.pop("types", UNSET))

        subjects = cast(list[int], d.pop("subjects", UNSET))

        proactive_prompt = d.pop("proactive_prompt", UNSET)

        study_mode_prompt = d.pop("study_mode_prompt", UNSET)

        disclaimer = d.pop("disclaimer", UNSET)

        enable_disclaimer = d.pop("enable_disclaimer", UNSET)

        show_attachment = d.pop("show_attachment", UNSET)

        show_voice_call = d.pop("show_voice_call", UNSET)

        show_voice_record = d.pop("show_voice_record", UNSET)

        show_rag_images = d.pop("show_rag_images", UNSET)

        _starter_prompts = d.pop("starter_prompts", UNSET)
        starter_prompts: PatchedMentorCreateStarterPrompts | Unset
        if isinstance(_starter_prompts, Unset):
            starter_prompts = UNSET
        else:
            starter_prompts = PatchedMentorCreateStarterPrompts(_starter_prompts)

        embed_is_context_aware = d.pop("embed_is_context_aware", UNSET)

        embed_open_by_default = d.pop("embed_open_by_default", UNSET)

        embed_show_attachment = d.pop("embed_show_attachment", UNSET)

        embed_show_voice_call = d.pop("embed_show_voice_call", UNSET)

        embed_show_voice_record = d.pop("embed_show_voice_record", UNSET)

        show_explore_mentors = d.pop("show_explore_mentors", UNSET)

        embed_icon_selection_data = d.pop("embed_icon_selection_data", UNSET)

        placeholder_prompt = d.pop("placeholder_prompt", UNSET)

        moderation_system_prompt = d.pop("moderation_system_prompt", UNSET)

        post_processing_prompt = d.pop("post_processing_prompt", UNSET)

        moderation_response = d.pop("moderation_response", UNSET)

        safety_system_prompt = d.pop("safety_system_prompt", UNSET)

        safety_response = d.pop("safety_response", UNSET)

        disable_chathistory = d.pop("disable_chathistory", UNSET)

        enable_safety_system = d.pop("enable_safety_system", UNSET)

        proactive_response = d.pop("proactive_response", UNSET)

        mcp_servers = cast(list[int], d.pop("mcp_servers", UNSET))

        _greeting_method = d.pop("greeting_method", UNSET)
        greeting_method: PatchedMentorCreateGreetingMethod | Unset
        if isinstance(_greeting_method, Unset):
            greeting_method = UNSET
        else:
            greeting_method = PatchedMentorCreateGreetingMethod(_greeting_method)

        last_accessed_by = d.pop("last_accessed_by", UNSET)

        def _parse_recently_accessed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recently_accessed_at_type_0 = datetime.datetime.fromisoformat(data)

                return recently_accessed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        recently_accessed_at = _parse_recently_accessed_at(d.pop("recently_accessed_at", UNSET))

        created_by = d.pop("created_by", UNSET)

        patched_mentor_create = cls(
            name=name,
            unique_id=unique_id,
            flow=flow,
            slug=slug,
            platform=platform,
            allow_anonymous=allow_anonymous,
            enable_offline_mode=enable_offline_mode,
            metadata=metadata,
            enable_moderation=enable_moderation,
            enable_multi_query_rag=enable_multi_query_rag,
            enable_prompt_caching=enable_prompt_caching,
            enable_post_processing_system=enable_post_processing_system,
            enable_openai_assistant=enable_openai_assistant,
            enable_total_grounding=enable_total_grounding,
            enable_suggested_prompts=enable_suggested_prompts,
            enable_guided_prompts=enable_guided_prompts,
            save_flagged_prompts=save_flagged_prompts,
            google_voice=google_voice,
            openai_voice=openai_voice,
            guided_prompt_instructions=guided_prompt_instructions,
            categories=categories,
            types=types,
            subjects=subjects,
            proactive_prompt=proactive_prompt,
            study_mode_prompt=study_mode_prompt,
            disclaimer=disclaimer,
            enable_disclaimer=enable_disclaimer,
            show_attachment=show_attachment,
            show_voice_call=show_voice_call,
            show_voice_record=show_voice_record,
            show_rag_images=show_rag_images,
            starter_prompts=starter_prompts,
            embed_is_context_aware=embed_is_context_aware,
            embed_open_by_default=embed_open_by_default,
            embed_show_attachment=embed_show_attachment,
            embed_show_voice_call=embed_show_voice_call,
            embed_show_voice_record=embed_show_voice_record,
            show_explore_mentors=show_explore_mentors,
            embed_icon_selection_data=embed_icon_selection_data,
            placeholder_prompt=placeholder_prompt,
            moderation_system_prompt=moderation_system_prompt,
            post_processing_prompt=post_processing_prompt,
            moderation_response=moderation_response,
            safety_system_prompt=safety_system_prompt,
            safety_response=safety_response,
            disable_chathistory=disable_chathistory,
            enable_safety_system=enable_safety_system,
            proactive_response=proactive_response,
            mcp_servers=mcp_servers,
            greeting_method=greeting_method,
            last_accessed_by=last_accessed_by,
            recently_accessed_at=recently_accessed_at,
            created_by=created_by,
        )

        patched_mentor_create.additional_properties = d
        return patched_mentor_create

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
