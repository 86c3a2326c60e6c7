"""`Client.ai_mentor.orgs.users.mentor_with_settings`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_with_settings_create as _ai_mentor_orgs_users_mentor_with_settings_create,
)
from ......models.ai_mentor_orgs_users_mentor_with_settings_create_body import (
    AiMentorOrgsUsersMentorWithSettingsCreateBody,
)
from ......models.greeting_method_enum import GreetingMethodEnum
from ......models.mentor import Mentor
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorWithSettingsResource",
    "AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorWithSettingsResource",
    "AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorWithSettingsResource:
    """`Client.ai_mentor.orgs.users.mentor_with_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMentorWithSettingsCreateBody,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        template_name: str,
        new_mentor_name: str,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
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
        mentor_visibility: str | Unset = UNSET,
        enable_image_generation: bool | Unset = UNSET,
        enable_web_browsing: bool | Unset = UNSET,
        enable_code_interpreter: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        custom_css: str | Unset = UNSET,
        custom_javascript: str | Unset = UNSET,
        uploaded_profile_image: str | Unset = UNSET,
        embed_custom_image: str | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        greeting_method: GreetingMethodEnum | Unset = UNSET,
        forkable: bool | Unset = UNSET,
        forkable_with_training_data: bool | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        tool_slugs: list[str] | Unset = UNSET,
        llm_temperature: float | Unset = UNSET,
        seo_tags: Any | Unset = UNSET,
        marketing_conversations: Any | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: Any | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
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
        google_voice: int | Unset = UNSET,
        openai_voice: int | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMentorWithSettingsCreateBody | Unset = UNSET,
        template_name: str | Unset = UNSET,
        new_mentor_name: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
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
        mentor_visibility: str | Unset = UNSET,
        enable_image_generation: bool | Unset = UNSET,
        enable_web_browsing: bool | Unset = UNSET,
        enable_code_interpreter: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        custom_css: str | Unset = UNSET,
        custom_javascript: str | Unset = UNSET,
        uploaded_profile_image: str | Unset = UNSET,
        embed_custom_image: str | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        greeting_method: GreetingMethodEnum | Unset = UNSET,
        forkable: bool | Unset = UNSET,
        forkable_with_training_data: bool | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        tool_slugs: list[str] | Unset = UNSET,
        llm_temperature: float | Unset = UNSET,
        seo_tags: Any | Unset = UNSET,
        marketing_conversations: Any | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: Any | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
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
        google_voice: int | Unset = UNSET,
        openai_voice: int | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """View to create a mentor from a template with settings.  Accessible to tenant admins
        only.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMentorWithSettingsCreateBody, request body)
            Or the body's fields as keywords instead of body=: template_name, new_mentor_name,
                display_name, description, profile_image, initial_message, suggested_message,
                theme, user_message_color, mentor_bubble_color, align_mentor_bubble,
                system_prompt, llm_provider, llm_name, mentor_visibility,
                enable_image_generation, enable_web_browsing, enable_code_interpreter, metadata,
                custom_css, custom_javascript, uploaded_profile_image, embed_custom_image,
                proactive_response, greeting_method, forkable, forkable_with_training_data,
                categories, types, subjects, tool_slugs, llm_temperature, seo_tags,
                marketing_conversations, proactive_prompt, study_mode_prompt, disclaimer,
                enable_disclaimer, show_attachment, show_voice_call, show_voice_record,
                show_rag_images, starter_prompts, embed_is_context_aware, embed_open_by_default,
                embed_show_attachment, embed_show_voice_call, embed_show_voice_record,
                show_explore_mentors, embed_icon_selection_data, placeholder_prompt,
                moderation_system_prompt, post_processing_prompt, moderation_response,
                enable_moderation, enable_multi_query_rag, enable_prompt_caching,
                enable_post_processing_system, enable_openai_assistant, enable_total_grounding,
                google_voice, openai_voice, enable_suggested_prompts, enable_guided_prompts,
                save_flagged_prompts, mcp_servers, guided_prompt_instructions, is_featured

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor_with_settings.create",
            body,
            AiMentorOrgsUsersMentorWithSettingsCreateBody,
            ["template_name", "new_mentor_name"],
            (
                ("template_name", "template_name", template_name),
                ("new_mentor_name", "new_mentor_name", new_mentor_name),
                ("display_name", "display_name", display_name),
                ("description", "description", description),
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
                ("mentor_visibility", "mentor_visibility", mentor_visibility),
                ("enable_image_generation", "enable_image_generation", enable_image_generation),
                ("enable_web_browsing", "enable_web_browsing", enable_web_browsing),
                ("enable_code_interpreter", "enable_code_interpreter", enable_code_interpreter),
                ("metadata", "metadata", metadata),
                ("custom_css", "custom_css", custom_css),
                ("custom_javascript", "custom_javascript", custom_javascript),
                ("uploaded_profile_image", "uploaded_profile_image", uploaded_profile_image),
                ("embed_custom_image", "embed_custom_image", embed_custom_image),
                ("proactive_response", "proactive_response", proactive_response),
                ("greeting_method", "greeting_method", greeting_method),
                ("forkable", "forkable", forkable),
                (
                    "forkable_with_training_data",
                    "forkable_with_training_data",
                    forkable_with_training_data,
                ),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
                ("tool_slugs", "tool_slugs", tool_slugs),
                ("llm_temperature", "llm_temperature", llm_temperature),
                ("seo_tags", "seo_tags", seo_tags),
                ("marketing_conversations", "marketing_conversations", marketing_conversations),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("enable_disclaimer", "enable_disclaimer", enable_disclaimer),
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
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("mcp_servers", "mcp_servers", mcp_servers),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("is_featured", "is_featured", is_featured),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentor_with_settings_create.OPERATION,
            _ai_mentor_orgs_users_mentor_with_settings_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor_with_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorWithSettingsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorWithSettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor_with_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMentorWithSettingsCreateBody,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        template_name: str,
        new_mentor_name: str,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
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
        mentor_visibility: str | Unset = UNSET,
        enable_image_generation: bool | Unset = UNSET,
        enable_web_browsing: bool | Unset = UNSET,
        enable_code_interpreter: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        custom_css: str | Unset = UNSET,
        custom_javascript: str | Unset = UNSET,
        uploaded_profile_image: str | Unset = UNSET,
        embed_custom_image: str | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        greeting_method: GreetingMethodEnum | Unset = UNSET,
        forkable: bool | Unset = UNSET,
        forkable_with_training_data: bool | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        tool_slugs: list[str] | Unset = UNSET,
        llm_temperature: float | Unset = UNSET,
        seo_tags: Any | Unset = UNSET,
        marketing_conversations: Any | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: Any | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
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
        google_voice: int | Unset = UNSET,
        openai_voice: int | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMentorWithSettingsCreateBody | Unset = UNSET,
        template_name: str | Unset = UNSET,
        new_mentor_name: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
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
        mentor_visibility: str | Unset = UNSET,
        enable_image_generation: bool | Unset = UNSET,
        enable_web_browsing: bool | Unset = UNSET,
        enable_code_interpreter: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        custom_css: str | Unset = UNSET,
        custom_javascript: str | Unset = UNSET,
        uploaded_profile_image: str | Unset = UNSET,
        embed_custom_image: str | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        greeting_method: GreetingMethodEnum | Unset = UNSET,
        forkable: bool | Unset = UNSET,
        forkable_with_training_data: bool | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        tool_slugs: list[str] | Unset = UNSET,
        llm_temperature: float | Unset = UNSET,
        seo_tags: Any | Unset = UNSET,
        marketing_conversations: Any | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: Any | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
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
        google_voice: int | Unset = UNSET,
        openai_voice: int | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """View to create a mentor from a template with settings.  Accessible to tenant admins
        only.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMentorWithSettingsCreateBody, request body)
            Or the body's fields as keywords instead of body=: template_name, new_mentor_name,
                display_name, description, profile_image, initial_message, suggested_message,
                theme, user_message_color, mentor_bubble_color, align_mentor_bubble,
                system_prompt, llm_provider, llm_name, mentor_visibility,
                enable_image_generation, enable_web_browsing, enable_code_interpreter, metadata,
                custom_css, custom_javascript, uploaded_profile_image, embed_custom_image,
                proactive_response, greeting_method, forkable, forkable_with_training_data,
                categories, types, subjects, tool_slugs, llm_temperature, seo_tags,
                marketing_conversations, proactive_prompt, study_mode_prompt, disclaimer,
                enable_disclaimer, show_attachment, show_voice_call, show_voice_record,
                show_rag_images, starter_prompts, embed_is_context_aware, embed_open_by_default,
                embed_show_attachment, embed_show_voice_call, embed_show_voice_record,
                show_explore_mentors, embed_icon_selection_data, placeholder_prompt,
                moderation_system_prompt, post_processing_prompt, moderation_response,
                enable_moderation, enable_multi_query_rag, enable_prompt_caching,
                enable_post_processing_system, enable_openai_assistant, enable_total_grounding,
                google_voice, openai_voice, enable_suggested_prompts, enable_guided_prompts,
                save_flagged_prompts, mcp_servers, guided_prompt_instructions, is_featured

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor_with_settings.create",
            body,
            AiMentorOrgsUsersMentorWithSettingsCreateBody,
            ["template_name", "new_mentor_name"],
            (
                ("template_name", "template_name", template_name),
                ("new_mentor_name", "new_mentor_name", new_mentor_name),
                ("display_name", "display_name", display_name),
                ("description", "description", description),
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
                ("mentor_visibility", "mentor_visibility", mentor_visibility),
                ("enable_image_generation", "enable_image_generation", enable_image_generation),
                ("enable_web_browsing", "enable_web_browsing", enable_web_browsing),
                ("enable_code_interpreter", "enable_code_interpreter", enable_code_interpreter),
                ("metadata", "metadata", metadata),
                ("custom_css", "custom_css", custom_css),
                ("custom_javascript", "custom_javascript", custom_javascript),
                ("uploaded_profile_image", "uploaded_profile_image", uploaded_profile_image),
                ("embed_custom_image", "embed_custom_image", embed_custom_image),
                ("proactive_response", "proactive_response", proactive_response),
                ("greeting_method", "greeting_method", greeting_method),
                ("forkable", "forkable", forkable),
                (
                    "forkable_with_training_data",
                    "forkable_with_training_data",
                    forkable_with_training_data,
                ),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
                ("tool_slugs", "tool_slugs", tool_slugs),
                ("llm_temperature", "llm_temperature", llm_temperature),
                ("seo_tags", "seo_tags", seo_tags),
                ("marketing_conversations", "marketing_conversations", marketing_conversations),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("enable_disclaimer", "enable_disclaimer", enable_disclaimer),
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
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("mcp_servers", "mcp_servers", mcp_servers),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("is_featured", "is_featured", is_featured),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_with_settings_create.OPERATION,
            _ai_mentor_orgs_users_mentor_with_settings_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor_with_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorWithSettingsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
