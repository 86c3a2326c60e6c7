from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.greeting_method_enum import GreetingMethodEnum
from ..models.starter_prompts_8c6_enum import StarterPrompts8C6Enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorFromTemplateWithSettingRequest")


@_attrs_define
class MentorFromTemplateWithSettingRequest:
    """
    Attributes:
        template_name (str):
        new_mentor_name (str):
        display_name (str | Unset):
        description (str | Unset):
        profile_image (str | Unset):
        initial_message (str | Unset):
        suggested_message (str | Unset):
        theme (str | Unset):
        user_message_color (str | Unset):
        mentor_bubble_color (str | Unset):
        align_mentor_bubble (str | Unset):
        system_prompt (str | Unset):
        llm_provider (str | Unset):
        llm_name (str | Unset):
        mentor_visibility (str | Unset):
        enable_image_generation (bool | Unset):
        enable_web_browsing (bool | Unset):
        enable_code_interpreter (bool | Unset):
        metadata (Any | Unset):
        custom_css (str | Unset):
        custom_javascript (str | Unset):
        uploaded_profile_image (str | Unset):
        embed_custom_image (str | Unset):
        proactive_response (str | Unset):
        greeting_method (GreetingMethodEnum | Unset): * `proactive_prompt` - Proactive Prompt * `proactive_response` -
            Proactive Response
        forkable (bool | Unset):
        forkable_with_training_data (bool | Unset):
        categories (list[int] | Unset):
        types (list[int] | Unset):
        subjects (list[int] | Unset):
        tool_slugs (list[str] | Unset):
        llm_temperature (float | Unset):
        seo_tags (Any | Unset):
        marketing_conversations (Any | Unset):
        proactive_prompt (str | Unset):
        study_mode_prompt (str | Unset):
        disclaimer (str | Unset):
        enable_disclaimer (bool | Unset):  Default: True.
        show_attachment (bool | Unset):  Default: True.
        show_voice_call (bool | Unset):  Default: True.
        show_voice_record (bool | Unset):  Default: True.
        show_rag_images (bool | Unset):  Default: False.
        starter_prompts (StarterPrompts8C6Enum | Unset): * `guided_prompt` - guided_prompt * `suggested_prompt` -
            suggested_prompt
        embed_is_context_aware (bool | Unset):  Default: False.
        embed_open_by_default (bool | Unset):  Default: False.
        embed_show_attachment (bool | Unset):  Default: True.
        embed_show_voice_call (bool | Unset):  Default: True.
        embed_show_voice_record (bool | Unset):  Default: True.
        show_explore_mentors (bool | Unset):  Default: True.
        embed_icon_selection_data (Any | Unset):
        placeholder_prompt (str | Unset):
        moderation_system_prompt (str | Unset):
        post_processing_prompt (str | Unset):
        moderation_response (str | Unset):
        enable_moderation (bool | Unset):  Default: False.
        enable_multi_query_rag (bool | Unset):  Default: False.
        enable_prompt_caching (bool | Unset):  Default: False.
        enable_post_processing_system (bool | Unset):  Default: False.
        enable_openai_assistant (bool | Unset):
        enable_total_grounding (bool | Unset):  Default: False.
        google_voice (int | Unset):
        openai_voice (int | Unset):
        enable_suggested_prompts (bool | None | Unset):
        enable_guided_prompts (bool | None | Unset):
        save_flagged_prompts (bool | None | Unset):  Default: True.
        mcp_servers (list[int] | None | Unset):
        guided_prompt_instructions (None | str | Unset):
        is_featured (bool | Unset):  Default: False.
    """

    template_name: str
    new_mentor_name: str
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    profile_image: str | Unset = UNSET
    initial_message: str | Unset = UNSET
    suggested_message: str | Unset = UNSET
    theme: str | Unset = UNSET
    user_message_color: str | Unset = UNSET
    mentor_bubble_color: str | Unset = UNSET
    align_mentor_bubble: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    llm_provider: str | Unset = UNSET
    llm_name: str | Unset = UNSET
    mentor_visibility: str | Unset = UNSET
    enable_image_generation: bool | Unset = UNSET
    enable_web_browsing: bool | Unset = UNSET
    enable_code_interpreter: bool | Unset = UNSET
    metadata: Any | Unset = UNSET
    custom_css: str | Unset = UNSET
    custom_javascript: str | Unset = UNSET
    uploaded_profile_image: str | Unset = UNSET
    embed_custom_image: str | Unset = UNSET
    proactive_response: str | Unset = UNSET
    greeting_method: GreetingMethodEnum | Unset = UNSET
    forkable: bool | Unset = UNSET
    forkable_with_training_data: bool | Unset = UNSET
    categories: list[int] | Unset = UNSET
    types: list[int] | Unset = UNSET
    subjects: list[int] | Unset = UNSET
    tool_slugs: list[str] | Unset = UNSET
    llm_temperature: float | Unset = UNSET
    seo_tags: Any | Unset = UNSET
    marketing_conversations: Any | Unset = UNSET
    proactive_prompt: str | Unset = UNSET
    study_mode_prompt: str | Unset = UNSET
    disclaimer: str | Unset = UNSET
    enable_disclaimer: bool | Unset = True
    show_attachment: bool | Unset = True
    show_voice_call: bool | Unset = True
    show_voice_record: bool | Unset = True
    show_rag_images: bool | Unset = False
    starter_prompts: StarterPrompts8C6Enum | Unset = UNSET
    embed_is_context_aware: bool | Unset = False
    embed_open_by_default: bool | Unset = False
    embed_show_attachment: bool | Unset = True
    embed_show_voice_call: bool | Unset = True
    embed_show_voice_record: bool | Unset = True
    show_explore_mentors: bool | Unset = True
    embed_icon_selection_data: Any | Unset = UNSET
    placeholder_prompt: str | Unset = UNSET
    moderation_system_prompt: str | Unset = UNSET
    post_processing_prompt: str | Unset = UNSET
    moderation_response: str | Unset = UNSET
    enable_moderation: bool | Unset = False
    enable_multi_query_rag: bool | Unset = False
    enable_prompt_caching: bool | Unset = False
    enable_post_processing_system: bool | Unset = False
    enable_openai_assistant: bool | Unset = UNSET
    enable_total_grounding: bool | Unset = False
    google_voice: int | Unset = UNSET
    openai_voice: int | Unset = UNSET
    enable_suggested_prompts: bool | None | Unset = UNSET
    enable_guided_prompts: bool | None | Unset = UNSET
    save_flagged_prompts: bool | None | Unset = True
    mcp_servers: list[int] | None | Unset = UNSET
    guided_prompt_instructions: None | str | Unset = UNSET
    is_featured: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_name = self.template_name

        new_mentor_name = self.new_mentor_name

        display_name = self.display_name

        description = self.description

        profile_image = self.profile_image

        initial_message = self.initial_message

        suggested_message = self.suggested_message

        theme = self.theme

        user_message_color = self.user_message_color

        mentor_bubble_color = self.mentor_bubble_color

        align_mentor_bubble = self.align_mentor_bubble

        system_prompt = self.system_prompt

        llm_provider = self.llm_provider

        llm_name = self.llm_name

        mentor_visibility = self.mentor_visibility

        enable_image_generation = self.enable_image_generation

        enable_web_browsing = self.enable_web_browsing

        enable_code_interpreter = self.enable_code_interpreter

        metadata = self.metadata

        custom_css = self.custom_css

        custom_javascript = self.custom_javascript

        uploaded_profile_image = self.uploaded_profile_image

        embed_custom_image = self.embed_custom_image

        proactive_response = self.proactive_response

        greeting_method: str | Unset = UNSET
        if not isinstance(self.greeting_method, Unset):
            greeting_method = self.greeting_method.value

        forkable = self.forkable

        forkable_with_training_data = self.forkable_with_training_data

        categories: list[int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        types: list[int] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        subjects: list[int] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        tool_slugs: list[str] | Unset = UNSET
        if not isinstance(self.tool_slugs, Unset):
            tool_slugs = self.tool_slugs

        llm_temperature = self.llm_temperature

        seo_tags = self.seo_tags

        marketing_conversations = self.marketing_conversations

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

        enable_moderation = self.enable_moderation

        enable_multi_query_rag = self.enable_multi_query_rag

        enable_prompt_caching = self.enable_prompt_caching

        enable_post_processing_system = self.enable_post_processing_system

        enable_openai_assistant = self.enable_openai_assistant

        enable_total_grounding = self.enable_total_grounding

        google_voice = self.google_voice

        openai_voice = self.openai_voice

        enable_suggested_prompts: bool | None | Unset = self.enable_suggested_prompts

        enable_guided_prompts: bool | None | Unset = self.enable_guided_prompts

        save_flagged_prompts: bool | None | Unset = self.save_flagged_prompts

        mcp_servers: list[int] | None | Unset
        if isinstance(self.mcp_servers, Unset):
            mcp_servers = UNSET
        elif isinstance(self.mcp_servers, list):
            mcp_servers = self.mcp_servers

        else:
            mcp_servers = self.mcp_servers

        guided_prompt_instructions: None | str | Unset = self.guided_prompt_instructions

        is_featured = self.is_featured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_name": template_name,
                "new_mentor_name": new_mentor_name,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if suggested_message is not UNSET:
            field_dict["suggested_message"] = suggested_message
        if theme is not UNSET:
            field_dict["theme"] = theme
        if user_message_color is not UNSET:
            field_dict["user_message_color"] = user_message_color
        if mentor_bubble_color is not UNSET:
            field_dict["mentor_bubble_color"] = mentor_bubble_color
        if align_mentor_bubble is not UNSET:
            field_dict["align_mentor_bubble"] = align_mentor_bubble
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if llm_name is not UNSET:
            field_dict["llm_name"] = llm_name
        if mentor_visibility is not UNSET:
            field_dict["mentor_visibility"] = mentor_visibility
        if enable_image_generation is not UNSET:
            field_dict["enable_image_generation"] = enable_image_generation
        if enable_web_browsing is not UNSET:
            field_dict["enable_web_browsing"] = enable_web_browsing
        if enable_code_interpreter is not UNSET:
            field_dict["enable_code_interpreter"] = enable_code_interpreter
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if custom_css is not UNSET:
            field_dict["custom_css"] = custom_css
        if custom_javascript is not UNSET:
            field_dict["custom_javascript"] = custom_javascript
        if uploaded_profile_image is not UNSET:
            field_dict["uploaded_profile_image"] = uploaded_profile_image
        if embed_custom_image is not UNSET:
            field_dict["embed_custom_image"] = embed_custom_image
        if proactive_response is not UNSET:
            field_dict["proactive_response"] = proactive_response
        if greeting_method is not UNSET:
            field_dict["greeting_method"] = greeting_method
        if forkable is not UNSET:
            field_dict["forkable"] = forkable
        if forkable_with_training_data is not UNSET:
            field_dict["forkable_with_training_data"] = forkable_with_training_data
        if categories is not UNSET:
            field_dict["categories"] = categories
        if types is not UNSET:
            field_dict["types"] = types
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if tool_slugs is not UNSET:
            field_dict["tool_slugs"] = tool_slugs
        if llm_temperature is not UNSET:
            field_dict["llm_temperature"] = llm_temperature
        if seo_tags is not UNSET:
            field_dict["seo_tags"] = seo_tags
        if marketing_conversations is not UNSET:
            field_dict["marketing_conversations"] = marketing_conversations
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
        if google_voice is not UNSET:
            field_dict["google_voice"] = google_voice
        if openai_voice is not UNSET:
            field_dict["openai_voice"] = openai_voice
        if enable_suggested_prompts is not UNSET:
            field_dict["enable_suggested_prompts"] = enable_suggested_prompts
        if enable_guided_prompts is not UNSET:
            field_dict["enable_guided_prompts"] = enable_guided_prompts
        if save_flagged_prompts is not UNSET:
            field_dict["save_flagged_prompts"] = save_flagged_prompts
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if guided_prompt_instructions is not UNSET:
            field_dict["guided_prompt_instructions"] = guided_prompt_instructions
        if is_featured is not UNSET:
            field_dict["is_featured"] = is_featured

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_name = d.pop("template_name")

        new_mentor_name = d.pop("new_mentor_name")

        display_name = d.pop("display_name", UNSET)

        description = d.pop("description", UNSET)

        profile_image = d.pop("profile_image", UNSET)

        initial_message = d.pop("initial_message", UNSET)

        suggested_message = d.pop("suggested_message", UNSET)

        theme = d.pop("theme", UNSET)

        user_message_color = d.pop("user_message_color", UNSET)

        mentor_bubble_color = d.pop("mentor_bubble_color", UNSET)

        align_mentor_bubble = d.pop("align_mentor_bubble", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        llm_provider = d.pop("llm_provider", UNSET)

        llm_name = d.pop("llm_name", UNSET)

        mentor_visibility = d.pop("mentor_visibility", UNSET)

        enable_image_generation = d.pop("enable_image_generation", UNSET)

        enable_web_browsing = d.pop("enable_web_browsing", UNSET)

        enable_code_interpreter = d.pop("enable_code_interpreter", UNSET)

        metadata = d.pop("metadata", UNSET)

        custom_css = d.pop("custom_css", UNSET)

        custom_javascript = d.pop("custom_javascript", UNSET)

        uploaded_profile_image = d.pop("uploaded_profile_image", UNSET)

        embed_custom_image = d.pop("embed_custom_image", UNSET)

        proactive_response = d.pop("proactive_response", UNSET)

        _greeting_method = d.pop("greeting_method", UNSET)
        greeting_method: GreetingMethodEnum | Unset
        if isinstance(_greeting_method, Unset):
            greeting_method = UNSET
        else:
            greeting_method = GreetingMethodEnum(_greeting_method)

        forkable = d.pop("forkable", UNSET)

        forkable_with_training_data = d.pop("forkable_with_training_data", UNSET)

        categories = cast(list[int], d.pop("categories", UNSET))

        types = cast(list[int], d.pop("types", UNSET))

        subjects = cast(list[int], d.pop("subjects", UNSET))

        tool_slugs = cast(list[str], d.pop("tool_slugs", UNSET))

        llm_temperature = d.pop("llm_temperature", UNSET)

        seo_tags = d.pop("seo_tags", UNSET)

        marketing_conversations = d.pop("marketing_conversations", UNSET)

        proactive_prompt = d.pop("proactive_prompt", UNSET)

        study_mode_prompt = d.pop("study_mode_prompt", UNSET)

        disclaimer = d.pop("disclaimer", UNSET)

        enable_disclaimer = d.pop("enable_disclaimer", UNSET)

        show_attachment = d.pop("show_attachment", UNSET)

        show_voice_call = d.pop("show_voice_call", UNSET)

        show_voice_record = d.pop("show_voice_record", UNSET)

        show_rag_images = d.pop("show_rag_images", UNSET)

        _starter_prompts = d.pop("starter_prompts", UNSET)
        starter_prompts: StarterPrompts8C6Enum | Unset
        if isinstance(_starter_prompts, Unset):
            starter_prompts = UNSET
        else:
            starter_prompts = StarterPrompts8C6Enum(_starter_prompts)

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

        enable_moderation = d.pop("enable_moderation", UNSET)

        enable_multi_query_rag = d.pop("enable_multi_query_rag", UNSET)

        enable_prompt_caching = d.pop("enable_prompt_caching", UNSET)

        enable_post_processing_system = d.pop("enable_post_processing_system", UNSET)

        enable_openai_assistant = d.pop("enable_openai_assistant", UNSET)

        enable_total_grounding = d.pop("enable_total_grounding", UNSET)

        google_voice = d.pop("google_voice", UNSET)

        openai_voice = d.pop("openai_voice", UNSET)

        enable_suggested_prompts = d.pop("enable_suggested_prompts", UNSET)

        enable_guided_prompts = d.pop("enable_guided_prompts", UNSET)

        save_flagged_prompts = d.pop("save_flagged_prompts", UNSET)

        def _parse_mcp_servers(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mcp_servers_type_0 = cast(list[int], data)

                return mcp_servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        mcp_servers = _parse_mcp_servers(d.pop("mcp_servers", UNSET))

        guided_prompt_instructions = d.pop("guided_prompt_instructions", UNSET)

        is_featured = d.pop("is_featured", UNSET)

        mentor_from_template_with_setting_request = cls(
            template_name=template_name,
            new_mentor_name=new_mentor_name,
            display_name=display_name,
            description=description,
            profile_image=profile_image,
            initial_message=initial_message,
            suggested_message=suggested_message,
            theme=theme,
            user_message_color=user_message_color,
            mentor_bubble_color=mentor_bubble_color,
            align_mentor_bubble=align_mentor_bubble,
            system_prompt=system_prompt,
            llm_provider=llm_provider,
            llm_name=llm_name,
            mentor_visibility=mentor_visibility,
            enable_image_generation=enable_image_generation,
            enable_web_browsing=enable_web_browsing,
            enable_code_interpreter=enable_code_interpreter,
            metadata=metadata,
            custom_css=custom_css,
            custom_javascript=custom_javascript,
            uploaded_profile_image=uploaded_profile_image,
            embed_custom_image=embed_custom_image,
            proactive_response=proactive_response,
            greeting_method=greeting_method,
            forkable=forkable,
            forkable_with_training_data=forkable_with_training_data,
            categories=categories,
            types=types,
            subjects=subjects,
            tool_slugs=tool_slugs,
            llm_temperature=llm_temperature,
            seo_tags=seo_tags,
            marketing_conversations=marketing_conversations,
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
            enable_moderation=enable_moderation,
            enable_multi_query_rag=enable_multi_query_rag,
            enable_prompt_caching=enable_prompt_caching,
            enable_post_processing_system=enable_post_processing_system,
            enable_openai_assistant=enable_openai_assistant,
            enable_total_grounding=enable_total_grounding,
            google_voice=google_voice,
            openai_voice=openai_voice,
            enable_suggested_prompts=enable_suggested_prompts,
            enable_guided_prompts=enable_guided_prompts,
            save_flagged_prompts=save_flagged_prompts,
            mcp_servers=mcp_servers,
            guided_prompt_instructions=guided_prompt_instructions,
            is_featured=is_featured,
        )

        mentor_from_template_with_setting_request.additional_properties = d
        return mentor_from_template_with_setting_request

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
