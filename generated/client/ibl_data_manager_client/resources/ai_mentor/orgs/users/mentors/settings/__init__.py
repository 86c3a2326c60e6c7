"""`Client.ai_mentor.orgs.users.mentors.settings`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_settings_retrieve as _ai_mentor_orgs_users_mentors_settings_retrieve,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_settings_update as _ai_mentor_orgs_users_mentors_settings_update,
)
from .......models.ai_mentor_orgs_users_mentors_settings_update_body import (
    AiMentorOrgsUsersMentorsSettingsUpdateBody,
)
from .......models.greeting_method_enum import GreetingMethodEnum
from .......models.mentor_settings import MentorSettings
from .......models.mentor_settings_public import MentorSettingsPublic
from .......models.starter_prompts_8c6_enum import StarterPrompts8C6Enum
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsSettingsResource",
    "AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsSettingsResource",
    "AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsSettingsResource:
    """`Client.ai_mentor.orgs.users.mentors.settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettingsPublic:
        """Retrieve Mentor Settings

        Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            department_id (int | Unset, query)

        Returns:
            MentorSettingsPublic
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_settings_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor, department_id=department_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        body: AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        mentor_name: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        profile_image: str | Unset = UNSET,
        initial_message: str | Unset = UNSET,
        suggested_message: str | Unset = UNSET,
        theme: str | Unset = UNSET,
        user_message_color: str | Unset = UNSET,
        mentor_bubble_color: str | Unset = UNSET,
        align_mentor_bubble: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        custom_css: str | Unset = UNSET,
        custom_javascript: str | Unset = UNSET,
        body_department_id: int | Unset = UNSET,
        mentor_visibility: str | Unset = UNSET,
        enable_image_generation: bool | Unset = UNSET,
        enable_web_browsing: bool | Unset = UNSET,
        enable_code_interpreter: bool | Unset = UNSET,
        is_lti_accessible: bool | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        forkable: bool | Unset = UNSET,
        forkable_with_training_data: bool | Unset = UNSET,
        mentor_description: str | Unset = UNSET,
        uploaded_profile_image: str | Unset = UNSET,
        embed_custom_image: str | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        greeting_method: GreetingMethodEnum | Unset = UNSET,
        can_use_tools: bool | Unset = UNSET,
        tool_slugs: list[str] | Unset = UNSET,
        llm_temperature: float | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: StarterPrompts8C6Enum | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        google_voice: int | Unset = UNSET,
        openai_voice: int | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        enable_memory_component: bool | Unset = UNSET,
        enable_spaced_repetition: bool | Unset = UNSET,
        enable_instruction_mode: bool | Unset = UNSET,
        enable_socratic_mode: bool | Unset = UNSET,
        is_guided_mentor: bool | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        enable_email_chat: bool | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        body: AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset = UNSET,
        mentor_name: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        profile_image: str | Unset = UNSET,
        initial_message: str | Unset = UNSET,
        suggested_message: str | Unset = UNSET,
        theme: str | Unset = UNSET,
        user_message_color: str | Unset = UNSET,
        mentor_bubble_color: str | Unset = UNSET,
        align_mentor_bubble: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        custom_css: str | Unset = UNSET,
        custom_javascript: str | Unset = UNSET,
        body_department_id: int | Unset = UNSET,
        mentor_visibility: str | Unset = UNSET,
        enable_image_generation: bool | Unset = UNSET,
        enable_web_browsing: bool | Unset = UNSET,
        enable_code_interpreter: bool | Unset = UNSET,
        is_lti_accessible: bool | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        forkable: bool | Unset = UNSET,
        forkable_with_training_data: bool | Unset = UNSET,
        mentor_description: str | Unset = UNSET,
        uploaded_profile_image: str | Unset = UNSET,
        embed_custom_image: str | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        greeting_method: GreetingMethodEnum | Unset = UNSET,
        can_use_tools: bool | Unset = UNSET,
        tool_slugs: list[str] | Unset = UNSET,
        llm_temperature: float | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: StarterPrompts8C6Enum | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        google_voice: int | Unset = UNSET,
        openai_voice: int | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        enable_memory_component: bool | Unset = UNSET,
        enable_spaced_repetition: bool | Unset = UNSET,
        enable_instruction_mode: bool | Unset = UNSET,
        enable_socratic_mode: bool | Unset = UNSET,
        is_guided_mentor: bool | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        enable_email_chat: bool | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings:
        """Update Mentor Settings

        Update various mentor settings including system prompts, tool permissions, and UI
        configurations.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            department_id (int | Unset, query)
            body (AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor_name, template_name,
                display_name, profile_image, initial_message, suggested_message, theme,
                user_message_color, mentor_bubble_color, align_mentor_bubble, system_prompt,
                llm_provider, llm_name, featured, disable_chathistory, metadata, custom_css,
                custom_javascript, body_department_id, mentor_visibility,
                enable_image_generation, enable_web_browsing, enable_code_interpreter,
                is_lti_accessible, allow_anonymous, enable_offline_mode, forkable,
                forkable_with_training_data, mentor_description, uploaded_profile_image,
                embed_custom_image, proactive_response, greeting_method, can_use_tools,
                tool_slugs, llm_temperature, proactive_prompt, study_mode_prompt, disclaimer,
                placeholder_prompt, moderation_system_prompt, post_processing_prompt,
                moderation_response, enable_moderation, enable_multi_query_rag,
                enable_prompt_caching, enable_post_processing_system, enable_openai_assistant,
                enable_total_grounding, enable_suggested_prompts, enable_guided_prompts,
                save_flagged_prompts, mcp_servers, show_attachment, show_voice_call,
                show_voice_record, show_rag_images, starter_prompts, embed_is_context_aware,
                embed_open_by_default, embed_show_attachment, embed_show_voice_call,
                embed_show_voice_record, show_explore_mentors, embed_icon_selection_data,
                google_voice, openai_voice, guided_prompt_instructions, safety_system_prompt,
                safety_response, enable_safety_system, enable_memory_component,
                enable_spaced_repetition, enable_instruction_mode, enable_socratic_mode,
                is_guided_mentor, is_featured, enable_email_chat, categories, types, subjects

        Returns:
            MentorSettings
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.settings.update",
            body,
            AiMentorOrgsUsersMentorsSettingsUpdateBody,
            [],
            (
                ("mentor_name", "mentor_name", mentor_name),
                ("template_name", "template_name", template_name),
                ("display_name", "display_name", display_name),
                ("profile_image", "profile_image", profile_image),
                ("initial_message", "initial_message", initial_message),
                ("suggested_message", "suggested_message", suggested_message),
                ("theme", "theme", theme),
                ("user_message_color", "user_message_color", user_message_color),
                ("mentor_bubble_color", "mentor_bubble_color", mentor_bubble_color),
                ("align_mentor_bubble", "align_mentor_bubble", align_mentor_bubble),
                ("system_prompt", "system_prompt", system_prompt),
                ("llm_provider", "llm_provider", llm_provider),
                ("llm_name", "llm_name", llm_name),
                ("featured", "featured", featured),
                ("disable_chathistory", "disable_chathistory", disable_chathistory),
                ("metadata", "metadata", metadata),
                ("custom_css", "custom_css", custom_css),
                ("custom_javascript", "custom_javascript", custom_javascript),
                ("body_department_id", "department_id", body_department_id),
                ("mentor_visibility", "mentor_visibility", mentor_visibility),
                ("enable_image_generation", "enable_image_generation", enable_image_generation),
                ("enable_web_browsing", "enable_web_browsing", enable_web_browsing),
                ("enable_code_interpreter", "enable_code_interpreter", enable_code_interpreter),
                ("is_lti_accessible", "is_lti_accessible", is_lti_accessible),
                ("allow_anonymous", "allow_anonymous", allow_anonymous),
                ("enable_offline_mode", "enable_offline_mode", enable_offline_mode),
                ("forkable", "forkable", forkable),
                (
                    "forkable_with_training_data",
                    "forkable_with_training_data",
                    forkable_with_training_data,
                ),
                ("mentor_description", "mentor_description", mentor_description),
                ("uploaded_profile_image", "uploaded_profile_image", uploaded_profile_image),
                ("embed_custom_image", "embed_custom_image", embed_custom_image),
                ("proactive_response", "proactive_response", proactive_response),
                ("greeting_method", "greeting_method", greeting_method),
                ("can_use_tools", "can_use_tools", can_use_tools),
                ("tool_slugs", "tool_slugs", tool_slugs),
                ("llm_temperature", "llm_temperature", llm_temperature),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("placeholder_prompt", "placeholder_prompt", placeholder_prompt),
                ("moderation_system_prompt", "moderation_system_prompt", moderation_system_prompt),
                ("post_processing_prompt", "post_processing_prompt", post_processing_prompt),
                ("moderation_response", "moderation_response", moderation_response),
                ("enable_moderation", "enable_moderation", enable_moderation),
                ("enable_multi_query_rag", "enable_multi_query_rag", enable_multi_query_rag),
                ("enable_prompt_caching", "enable_prompt_caching", enable_prompt_caching),
                (
                    "enable_post_processing_system",
                    "enable_post_processing_system",
                    enable_post_processing_system,
                ),
                ("enable_openai_assistant", "enable_openai_assistant", enable_openai_assistant),
                ("enable_total_grounding", "enable_total_grounding", enable_total_grounding),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("mcp_servers", "mcp_servers", mcp_servers),
                ("show_attachment", "show_attachment", show_attachment),
                ("show_voice_call", "show_voice_call", show_voice_call),
                ("show_voice_record", "show_voice_record", show_voice_record),
                ("show_rag_images", "show_rag_images", show_rag_images),
                ("starter_prompts", "starter_prompts", starter_prompts),
                ("embed_is_context_aware", "embed_is_context_aware", embed_is_context_aware),
                ("embed_open_by_default", "embed_open_by_default", embed_open_by_default),
                ("embed_show_attachment", "embed_show_attachment", embed_show_attachment),
                ("embed_show_voice_call", "embed_show_voice_call", embed_show_voice_call),
                ("embed_show_voice_record", "embed_show_voice_record", embed_show_voice_record),
                ("show_explore_mentors", "show_explore_mentors", show_explore_mentors),
                (
                    "embed_icon_selection_data",
                    "embed_icon_selection_data",
                    embed_icon_selection_data,
                ),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("safety_system_prompt", "safety_system_prompt", safety_system_prompt),
                ("safety_response", "safety_response", safety_response),
                ("enable_safety_system", "enable_safety_system", enable_safety_system),
                ("enable_memory_component", "enable_memory_component", enable_memory_component),
                ("enable_spaced_repetition", "enable_spaced_repetition", enable_spaced_repetition),
                ("enable_instruction_mode", "enable_instruction_mode", enable_instruction_mode),
                ("enable_socratic_mode", "enable_socratic_mode", enable_socratic_mode),
                ("is_guided_mentor", "is_guided_mentor", is_guided_mentor),
                ("is_featured", "is_featured", is_featured),
                ("enable_email_chat", "enable_email_chat", enable_email_chat),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_settings_update.OPERATION,
            _ai_mentor_orgs_users_mentors_settings_update.build_request(
                org=org, user_id=user_id, mentor=mentor, department_id=department_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsSettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersMentorsSettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettingsPublic:
        """Retrieve Mentor Settings

        Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            department_id (int | Unset, query)

        Returns:
            MentorSettingsPublic
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_settings_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor, department_id=department_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        body: AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        mentor_name: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        profile_image: str | Unset = UNSET,
        initial_message: str | Unset = UNSET,
        suggested_message: str | Unset = UNSET,
        theme: str | Unset = UNSET,
        user_message_color: str | Unset = UNSET,
        mentor_bubble_color: str | Unset = UNSET,
        align_mentor_bubble: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        custom_css: str | Unset = UNSET,
        custom_javascript: str | Unset = UNSET,
        body_department_id: int | Unset = UNSET,
        mentor_visibility: str | Unset = UNSET,
        enable_image_generation: bool | Unset = UNSET,
        enable_web_browsing: bool | Unset = UNSET,
        enable_code_interpreter: bool | Unset = UNSET,
        is_lti_accessible: bool | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        forkable: bool | Unset = UNSET,
        forkable_with_training_data: bool | Unset = UNSET,
        mentor_description: str | Unset = UNSET,
        uploaded_profile_image: str | Unset = UNSET,
        embed_custom_image: str | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        greeting_method: GreetingMethodEnum | Unset = UNSET,
        can_use_tools: bool | Unset = UNSET,
        tool_slugs: list[str] | Unset = UNSET,
        llm_temperature: float | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: StarterPrompts8C6Enum | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        google_voice: int | Unset = UNSET,
        openai_voice: int | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        enable_memory_component: bool | Unset = UNSET,
        enable_spaced_repetition: bool | Unset = UNSET,
        enable_instruction_mode: bool | Unset = UNSET,
        enable_socratic_mode: bool | Unset = UNSET,
        is_guided_mentor: bool | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        enable_email_chat: bool | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        body: AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset = UNSET,
        mentor_name: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        profile_image: str | Unset = UNSET,
        initial_message: str | Unset = UNSET,
        suggested_message: str | Unset = UNSET,
        theme: str | Unset = UNSET,
        user_message_color: str | Unset = UNSET,
        mentor_bubble_color: str | Unset = UNSET,
        align_mentor_bubble: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        custom_css: str | Unset = UNSET,
        custom_javascript: str | Unset = UNSET,
        body_department_id: int | Unset = UNSET,
        mentor_visibility: str | Unset = UNSET,
        enable_image_generation: bool | Unset = UNSET,
        enable_web_browsing: bool | Unset = UNSET,
        enable_code_interpreter: bool | Unset = UNSET,
        is_lti_accessible: bool | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        forkable: bool | Unset = UNSET,
        forkable_with_training_data: bool | Unset = UNSET,
        mentor_description: str | Unset = UNSET,
        uploaded_profile_image: str | Unset = UNSET,
        embed_custom_image: str | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        greeting_method: GreetingMethodEnum | Unset = UNSET,
        can_use_tools: bool | Unset = UNSET,
        tool_slugs: list[str] | Unset = UNSET,
        llm_temperature: float | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: StarterPrompts8C6Enum | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        google_voice: int | Unset = UNSET,
        openai_voice: int | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        enable_memory_component: bool | Unset = UNSET,
        enable_spaced_repetition: bool | Unset = UNSET,
        enable_instruction_mode: bool | Unset = UNSET,
        enable_socratic_mode: bool | Unset = UNSET,
        is_guided_mentor: bool | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        enable_email_chat: bool | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings:
        """Update Mentor Settings

        Update various mentor settings including system prompts, tool permissions, and UI
        configurations.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            department_id (int | Unset, query)
            body (AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor_name, template_name,
                display_name, profile_image, initial_message, suggested_message, theme,
                user_message_color, mentor_bubble_color, align_mentor_bubble, system_prompt,
                llm_provider, llm_name, featured, disable_chathistory, metadata, custom_css,
                custom_javascript, body_department_id, mentor_visibility,
                enable_image_generation, enable_web_browsing, enable_code_interpreter,
                is_lti_accessible, allow_anonymous, enable_offline_mode, forkable,
                forkable_with_training_data, mentor_description, uploaded_profile_image,
                embed_custom_image, proactive_response, greeting_method, can_use_tools,
                tool_slugs, llm_temperature, proactive_prompt, study_mode_prompt, disclaimer,
                placeholder_prompt, moderation_system_prompt, post_processing_prompt,
                moderation_response, enable_moderation, enable_multi_query_rag,
                enable_prompt_caching, enable_post_processing_system, enable_openai_assistant,
                enable_total_grounding, enable_suggested_prompts, enable_guided_prompts,
                save_flagged_prompts, mcp_servers, show_attachment, show_voice_call,
                show_voice_record, show_rag_images, starter_prompts, embed_is_context_aware,
                embed_open_by_default, embed_show_attachment, embed_show_voice_call,
                embed_show_voice_record, show_explore_mentors, embed_icon_selection_data,
                google_voice, openai_voice, guided_prompt_instructions, safety_system_prompt,
                safety_response, enable_safety_system, enable_memory_component,
                enable_spaced_repetition, enable_instruction_mode, enable_socratic_mode,
                is_guided_mentor, is_featured, enable_email_chat, categories, types, subjects

        Returns:
            MentorSettings
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.settings.update",
            body,
            AiMentorOrgsUsersMentorsSettingsUpdateBody,
            [],
            (
                ("mentor_name", "mentor_name", mentor_name),
                ("template_name", "template_name", template_name),
                ("display_name", "display_name", display_name),
                ("profile_image", "profile_image", profile_image),
                ("initial_message", "initial_message", initial_message),
                ("suggested_message", "suggested_message", suggested_message),
                ("theme", "theme", theme),
                ("user_message_color", "user_message_color", user_message_color),
                ("mentor_bubble_color", "mentor_bubble_color", mentor_bubble_color),
                ("align_mentor_bubble", "align_mentor_bubble", align_mentor_bubble),
                ("system_prompt", "system_prompt", system_prompt),
                ("llm_provider", "llm_provider", llm_provider),
                ("llm_name", "llm_name", llm_name),
                ("featured", "featured", featured),
                ("disable_chathistory", "disable_chathistory", disable_chathistory),
                ("metadata", "metadata", metadata),
                ("custom_css", "custom_css", custom_css),
                ("custom_javascript", "custom_javascript", custom_javascript),
                ("body_department_id", "department_id", body_department_id),
                ("mentor_visibility", "mentor_visibility", mentor_visibility),
                ("enable_image_generation", "enable_image_generation", enable_image_generation),
                ("enable_web_browsing", "enable_web_browsing", enable_web_browsing),
                ("enable_code_interpreter", "enable_code_interpreter", enable_code_interpreter),
                ("is_lti_accessible", "is_lti_accessible", is_lti_accessible),
                ("allow_anonymous", "allow_anonymous", allow_anonymous),
                ("enable_offline_mode", "enable_offline_mode", enable_offline_mode),
                ("forkable", "forkable", forkable),
                (
                    "forkable_with_training_data",
                    "forkable_with_training_data",
                    forkable_with_training_data,
                ),
                ("mentor_description", "mentor_description", mentor_description),
                ("uploaded_profile_image", "uploaded_profile_image", uploaded_profile_image),
                ("embed_custom_image", "embed_custom_image", embed_custom_image),
                ("proactive_response", "proactive_response", proactive_response),
                ("greeting_method", "greeting_method", greeting_method),
                ("can_use_tools", "can_use_tools", can_use_tools),
                ("tool_slugs", "tool_slugs", tool_slugs),
                ("llm_temperature", "llm_temperature", llm_temperature),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("placeholder_prompt", "placeholder_prompt", placeholder_prompt),
                ("moderation_system_prompt", "moderation_system_prompt", moderation_system_prompt),
                ("post_processing_prompt", "post_processing_prompt", post_processing_prompt),
                ("moderation_response", "moderation_response", moderation_response),
                ("enable_moderation", "enable_moderation", enable_moderation),
                ("enable_multi_query_rag", "enable_multi_query_rag", enable_multi_query_rag),
                ("enable_prompt_caching", "enable_prompt_caching", enable_prompt_caching),
                (
                    "enable_post_processing_system",
                    "enable_post_processing_system",
                    enable_post_processing_system,
                ),
                ("enable_openai_assistant", "enable_openai_assistant", enable_openai_assistant),
                ("enable_total_grounding", "enable_total_grounding", enable_total_grounding),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("mcp_servers", "mcp_servers", mcp_servers),
                ("show_attachment", "show_attachment", show_attachment),
                ("show_voice_call", "show_voice_call", show_voice_call),
                ("show_voice_record", "show_voice_record", show_voice_record),
                ("show_rag_images", "show_rag_images", show_rag_images),
                ("starter_prompts", "starter_prompts", starter_prompts),
                ("embed_is_context_aware", "embed_is_context_aware", embed_is_context_aware),
                ("embed_open_by_default", "embed_open_by_default", embed_open_by_default),
                ("embed_show_attachment", "embed_show_attachment", embed_show_attachment),
                ("embed_show_voice_call", "embed_show_voice_call", embed_show_voice_call),
                ("embed_show_voice_record", "embed_show_voice_record", embed_show_voice_record),
                ("show_explore_mentors", "show_explore_mentors", show_explore_mentors),
                (
                    "embed_icon_selection_data",
                    "embed_icon_selection_data",
                    embed_icon_selection_data,
                ),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("safety_system_prompt", "safety_system_prompt", safety_system_prompt),
                ("safety_response", "safety_response", safety_response),
                ("enable_safety_system", "enable_safety_system", enable_safety_system),
                ("enable_memory_component", "enable_memory_component", enable_memory_component),
                ("enable_spaced_repetition", "enable_spaced_repetition", enable_spaced_repetition),
                ("enable_instruction_mode", "enable_instruction_mode", enable_instruction_mode),
                ("enable_socratic_mode", "enable_socratic_mode", enable_socratic_mode),
                ("is_guided_mentor", "is_guided_mentor", is_guided_mentor),
                ("is_featured", "is_featured", is_featured),
                ("enable_email_chat", "enable_email_chat", enable_email_chat),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_settings_update.OPERATION,
            _ai_mentor_orgs_users_mentors_settings_update.build_request(
                org=org, user_id=user_id, mentor=mentor, department_id=department_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsSettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
