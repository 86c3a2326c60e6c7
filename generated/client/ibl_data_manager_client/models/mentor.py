from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mentor_greeting_method import MentorGreetingMethod
from ..models.mentor_starter_prompts import MentorStarterPrompts
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_configuration import CallConfiguration
    from ..models.mcp_server import MCPServer
    from ..models.mentor_category import MentorCategory
    from ..models.mentor_type import MentorType
    from ..models.subject import Subject


T = TypeVar("T", bound="Mentor")


@_attrs_define
class Mentor:
    """
    Attributes:
        id (int):
        name (str):
        categories (list[MentorCategory]):
        types (list[MentorType]):
        subjects (list[Subject]):
        mcp_servers (list[MCPServer]):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
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
        guided_prompt_instructions (str | Unset): Instructions to determine how prompt suggestions are generated.
        google_voice (int | None | Unset):
        openai_voice (int | None | Unset):
        is_featured (bool | Unset): Whether the mentor is featured or not.
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
        starter_prompts (MentorStarterPrompts | Unset): Type of starter prompts to show: guided_prompt or
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
        enable_safety_system (bool | Unset):
        proactive_response (str | Unset): Response to start a conversation with a user.
        greeting_method (MentorGreetingMethod | Unset): How the mentor should greet the user. proactive_prompt: Allow
            the LLM to respond to proactive_prompt msg. proactive_response: use proactive_response template without
            performing an LLM call.  * `proactive_prompt` - Proactive Prompt * `proactive_response` - Proactive Response
        call_configuration (CallConfiguration | Unset):
        last_accessed_by (int | None | Unset): edX user ID
        recently_accessed_at (datetime.datetime | None | Unset):
        created_by (None | str | Unset):
    """

    id: int
    name: str
    categories: list[MentorCategory]
    types: list[MentorType]
    subjects: list[Subject]
    mcp_servers: list[MCPServer]
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
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
    guided_prompt_instructions: str | Unset = UNSET
    google_voice: int | None | Unset = UNSET
    openai_voice: int | None | Unset = UNSET
    is_featured: bool | Unset = UNSET
    proactive_prompt: str | Unset = UNSET
    study_mode_prompt: str | Unset = UNSET
    disclaimer: str | Unset = UNSET
    enable_disclaimer: bool | Unset = UNSET
    show_attachment: bool | Unset = UNSET
    show_voice_call: bool | Unset = UNSET
    show_voice_record: bool | Unset = UNSET
    show_rag_images: bool | Unset = UNSET
    starter_prompts: MentorStarterPrompts | Unset = UNSET
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
    enable_safety_system: bool | Unset = UNSET
    proactive_response: str | Unset = UNSET
    greeting_method: MentorGreetingMethod | Unset = UNSET
    call_configuration: CallConfiguration | Unset = UNSET
    last_accessed_by: int | None | Unset = UNSET
    recently_accessed_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.to_dict()
            types.append(types_item)

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item = subjects_item_data.to_dict()
            subjects.append(subjects_item)

        mcp_servers = []
        for mcp_servers_item_data in self.mcp_servers:
            mcp_servers_item = mcp_servers_item_data.to_dict()
            mcp_servers.append(mcp_servers_item)

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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

        guided_prompt_instructions = self.guided_prompt_instructions

        google_voice: int | None | Unset = self.google_voice

        openai_voice: int | None | Unset = self.openai_voice

        is_featured = self.is_featured

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

        enable_safety_system = self.enable_safety_system

        proactive_response = self.proactive_response

        greeting_method: str | Unset = UNSET
        if not isinstance(self.greeting_method, Unset):
            greeting_method = self.greeting_method.value

        call_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_configuration, Unset):
            call_configuration = self.call_configuration.to_dict()

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
        field_dict.update(
            {
                "id": id,
                "name": name,
                "categories": categories,
                "types": types,
                "subjects": subjects,
                "mcp_servers": mcp_servers,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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
        if guided_prompt_instructions is not UNSET:
            field_dict["guided_prompt_instructions"] = guided_prompt_instructions
        if google_voice is not UNSET:
            field_dict["google_voice"] = google_voice
        if openai_voice is not UNSET:
            field_dict["openai_voice"] = openai_voice
        if is_featured is not UNSET:
            field_dict["is_featured"] = is_featured
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
        if enable_safety_system is not UNSET:
            field_dict["enable_safety_system"] = enable_safety_system
        if proactive_response is not UNSET:
            field_dict["proactive_response"] = proactive_response
        if greeting_method is not UNSET:
            field_dict["greeting_method"] = greeting_method
        if call_configuration is not UNSET:
            field_dict["call_configuration"] = call_configuration
        if last_accessed_by is not UNSET:
            field_dict["last_accessed_by"] = last_accessed_by
        if recently_accessed_at is not UNSET:
            field_dict["recently_accessed_at"] = recently_accessed_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_configuration import CallConfiguration  # noqa: PLC0415
        from ..models.mcp_server import MCPServer  # noqa: PLC0415
        from ..models.mentor_category import MentorCategory  # noqa: PLC0415
        from ..models.mentor_type import MentorType  # noqa: PLC0415
        from ..models.subject import Subject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = MentorCategory.from_dict(categories_item_data)

            categories.append(categories_item)

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = MentorType.from_dict(types_item_data)

            types.append(types_item)

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:
            subjects_item = Subject.from_dict(subjects_item_data)

            subjects.append(subjects_item)

        mcp_servers = []
        _mcp_servers = d.pop("mcp_servers")
        for mcp_servers_item_data in _mcp_servers:
            mcp_servers_item = MCPServer.from_dict(mcp_servers_item_data)

            mcp_servers.append(mcp_servers_item)

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

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

        guided_prompt_instructions = d.pop("guided_prompt_instructions", UNSET)

        google_voice = d.pop("google_voice", UNSET)

        openai_voice = d.pop("openai_voice", UNSET)

        is_featured = d.pop("is_featured", UNSET)

        proactive_prompt = d.pop("proactive_prompt", UNSET)

        study_mode_prompt = d.pop("study_mode_prompt", UNSET)

        disclaimer = d.pop("disclaimer", UNSET)

        enable_disclaimer = d.pop("enable_disclaimer", UNSET)

        show_attachment = d.pop("show_attachment", UNSET)

        show_voice_call = d.pop("show_voice_call", UNSET)

        show_voice_record = d.pop("show_voice_record", UNSET)

        show_rag_images = d.pop("show_rag_images", UNSET)

        _starter_prompts = d.pop("starter_prompts", UNSET)
        starter_prompts: MentorStarterPrompts | Unset
        if isinstance(_starter_prompts, Unset):
            starter_prompts = UNSET
        else:
            starter_prompts = MentorStarterPrompts(_starter_prompts)

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

        enable_safety_system = d.pop("enable_safety_system", UNSET)

        proactive_response = d.pop("proactive_response", UNSET)

        _greeting_method = d.pop("greeting_method", UNSET)
        greeting_method: MentorGreetingMethod | Unset
        if isinstance(_greeting_method, Unset):
            greeting_method = UNSET
        else:
            greeting_method = MentorGreetingMethod(_greeting_method)

        _call_configuration = d.pop("call_configuration", UNSET)
        call_configuration: CallConfiguration | Unset
        if isinstance(_call_configuration, Unset):
            call_configuration = UNSET
        else:
            call_configuration = CallConfiguration.from_dict(_call_configuration)

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

        mentor = cls(
            id=id,
            name=name,
            categories=categories,
            types=types,
            subjects=subjects,
            mcp_servers=mcp_servers,
            created_at=created_at,
            updated_at=updated_at,
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
            guided_prompt_instructions=guided_prompt_instructions,
            google_voice=google_voice,
            openai_voice=openai_voice,
            is_featured=is_featured,
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
            enable_safety_system=enable_safety_system,
            proactive_response=proactive_response,
            greeting_method=greeting_method,
            call_configuration=call_configuration,
            last_accessed_by=last_accessed_by,
            recently_accessed_at=recently_accessed_at,
            created_by=created_by,
        )

        mentor.additional_properties = d
        return mentor

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
