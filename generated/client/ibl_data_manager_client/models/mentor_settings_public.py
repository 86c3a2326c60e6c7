from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.align_mentor_bubble_enum import AlignMentorBubbleEnum
from ..models.mentor_settings_public_mentor_visibility import MentorSettingsPublicMentorVisibility
from ..models.theme_enum import ThemeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_category import MentorCategory
    from ..models.mentor_type import MentorType
    from ..models.subject import Subject


T = TypeVar("T", bound="MentorSettingsPublic")


@_attrs_define
class MentorSettingsPublic:
    """
    Attributes:
        id (int):
        mentor (str):
        mentor_slug (str):
        mentor_unique_id (str):
        mentor_id (int):
        metadata (Any):
        enable_memory_component (bool):
        enable_custom_javascript (bool):
        allow_anonymous (bool):
        enable_offline_mode (bool):
        mentor_description (str):
        suggested_prompts (Any):
        proactive_response (str):
        greeting_method (str):
        mentor_tools (Any):
        can_use_tools (bool):
        llm_name (str):
        proactive_prompt (str):
        study_mode_prompt (str):
        disclaimer (str):
        enable_disclaimer (bool):
        show_attachment (bool):
        show_voice_call (bool):
        show_voice_record (bool):
        show_rag_images (bool):
        starter_prompts (str):
        embed_is_context_aware (bool):
        embed_open_by_default (bool):
        embed_show_attachment (bool):
        embed_show_voice_call (bool):
        embed_show_voice_record (bool):
        show_explore_mentors (bool):
        embed_icon_selection_data (Any):
        placeholder_prompt (str):
        enable_email_chat (bool):
        enable_spaced_repetition (bool):
        enable_instruction_mode (bool):
        enable_socratic_mode (bool):
        is_guided_mentor (bool):
        is_featured (bool):
        enable_guided_prompts (bool):
        save_flagged_prompts (bool):
        enable_moderation (bool):
        enable_multi_query_rag (bool):
        enable_prompt_caching (bool):
        enable_post_processing_system (bool):
        enable_safety_system (bool):
        forkable (bool):
        forkable_with_training_data (bool):
        mentor_name (str):
        categories (list[MentorCategory]):
        types (list[MentorType]):
        subjects (list[Subject]):
        recently_accessed_at (datetime.datetime):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        platform_key (str):
        llm_config (Any):
        llm_provider (str):
        display_name (None | str | Unset):
        profile_image (None | str | Unset):
        initial_message (None | str | Unset):
        suggested_message (None | str | Unset):
        theme (ThemeEnum | Unset): * `dark` - Dark * `light` - Light
        user_message_color (str | Unset):
        mentor_bubble_color (str | Unset):
        align_mentor_bubble (AlignMentorBubbleEnum | Unset): * `left` - Left * `right` - Right
        mentor_visibility (MentorSettingsPublicMentorVisibility | Unset):
        enable_image_generation (bool | None | Unset):
        enable_web_browsing (bool | None | Unset):
        enable_code_interpreter (bool | None | Unset):
        custom_css (None | str | Unset):
        custom_javascript (None | str | Unset):
        embed_custom_image (None | str | Unset):
    """

    id: int
    mentor: str
    mentor_slug: str
    mentor_unique_id: str
    mentor_id: int
    metadata: Any
    enable_memory_component: bool
    enable_custom_javascript: bool
    allow_anonymous: bool
    enable_offline_mode: bool
    mentor_description: str
    suggested_prompts: Any
    proactive_response: str
    greeting_method: str
    mentor_tools: Any
    can_use_tools: bool
    llm_name: str
    proactive_prompt: str
    study_mode_prompt: str
    disclaimer: str
    enable_disclaimer: bool
    show_attachment: bool
    show_voice_call: bool
    show_voice_record: bool
    show_rag_images: bool
    starter_prompts: str
    embed_is_context_aware: bool
    embed_open_by_default: bool
    embed_show_attachment: bool
    embed_show_voice_call: bool
    embed_show_voice_record: bool
    show_explore_mentors: bool
    embed_icon_selection_data: Any
    placeholder_prompt: str
    enable_email_chat: bool
    enable_spaced_repetition: bool
    enable_instruction_mode: bool
    enable_socratic_mode: bool
    is_guided_mentor: bool
    is_featured: bool
    enable_guided_prompts: bool
    save_flagged_prompts: bool
    enable_moderation: bool
    enable_multi_query_rag: bool
    enable_prompt_caching: bool
    enable_post_processing_system: bool
    enable_safety_system: bool
    forkable: bool
    forkable_with_training_data: bool
    mentor_name: str
    categories: list[MentorCategory]
    types: list[MentorType]
    subjects: list[Subject]
    recently_accessed_at: datetime.datetime
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    platform_key: str
    llm_config: Any
    llm_provider: str
    display_name: None | str | Unset = UNSET
    profile_image: None | str | Unset = UNSET
    initial_message: None | str | Unset = UNSET
    suggested_message: None | str | Unset = UNSET
    theme: ThemeEnum | Unset = UNSET
    user_message_color: str | Unset = UNSET
    mentor_bubble_color: str | Unset = UNSET
    align_mentor_bubble: AlignMentorBubbleEnum | Unset = UNSET
    mentor_visibility: MentorSettingsPublicMentorVisibility | Unset = UNSET
    enable_image_generation: bool | None | Unset = UNSET
    enable_web_browsing: bool | None | Unset = UNSET
    enable_code_interpreter: bool | None | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    custom_javascript: None | str | Unset = UNSET
    embed_custom_image: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = self.mentor

        mentor_slug = self.mentor_slug

        mentor_unique_id = self.mentor_unique_id

        mentor_id = self.mentor_id

        metadata = self.metadata

        enable_memory_component = self.enable_memory_component

        enable_custom_javascript = self.enable_custom_javascript

        allow_anonymous = self.allow_anonymous

        enable_offline_mode = self.enable_offline_mode

        mentor_description = self.mentor_description

        suggested_prompts = self.suggested_prompts

        proactive_response = self.proactive_response

        greeting_method = self.greeting_method

        mentor_tools = self.mentor_tools

        can_use_tools = self.can_use_tools

        llm_name = self.llm_name

        proactive_prompt = self.proactive_prompt

        study_mode_prompt = self.study_mode_prompt

        disclaimer = self.disclaimer

        enable_disclaimer = self.enable_disclaimer

        show_attachment = self.show_attachment

        show_voice_call = self.show_voice_call

        show_voice_record = self.show_voice_record

        show_rag_images = self.show_rag_images

        starter_prompts = self.starter_prompts

        embed_is_context_aware = self.embed_is_context_aware

        embed_open_by_default = self.embed_open_by_default

        embed_show_attachment = self.embed_show_attachment

        embed_show_voice_call = self.embed_show_voice_call

        embed_show_voice_record = self.embed_show_voice_record

        show_explore_mentors = self.show_explore_mentors

        embed_icon_selection_data = self.embed_icon_selection_data

        placeholder_prompt = self.placeholder_prompt

        enable_email_chat = self.enable_email_chat

        enable_spaced_repetition = self.enable_spaced_repetition

        enable_instruction_mode = self.enable_instruction_mode

        enable_socratic_mode = self.enable_socratic_mode

        is_guided_mentor = self.is_guided_mentor

        is_featured = self.is_featured

        enable_guided_prompts = self.enable_guided_prompts

        save_flagged_prompts = self.save_flagged_prompts

        enable_moderation = self.enable_moderation

        enable_multi_query_rag = self.enable_multi_query_rag

        enable_prompt_caching = self.enable_prompt_caching

        enable_post_processing_system = self.enable_post_processing_system

        enable_safety_system = self.enable_safety_system

        forkable = self.forkable

        forkable_with_training_data = self.forkable_with_training_data

        mentor_name = self.mentor_name

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

        recently_accessed_at = self.recently_accessed_at.isoformat()

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        platform_key = self.platform_key

        llm_config = self.llm_config

        llm_provider = self.llm_provider

        display_name: None | str | Unset = self.display_name

        profile_image: None | str | Unset = self.profile_image

        initial_message: None | str | Unset = self.initial_message

        suggested_message: None | str | Unset = self.suggested_message

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        user_message_color = self.user_message_color

        mentor_bubble_color = self.mentor_bubble_color

        align_mentor_bubble: str | Unset = UNSET
        if not isinstance(self.align_mentor_bubble, Unset):
            align_mentor_bubble = self.align_mentor_bubble.value

        mentor_visibility: str | Unset = UNSET
        if not isinstance(self.mentor_visibility, Unset):
            mentor_visibility = self.mentor_visibility.value

        enable_image_generation: bool | None | Unset = self.enable_image_generation

        enable_web_browsing: bool | None | Unset = self.enable_web_browsing

        enable_code_interpreter: bool | None | Unset = self.enable_code_interpreter

        custom_css: None | str | Unset = self.custom_css

        custom_javascript: None | str | Unset = self.custom_javascript

        embed_custom_image: None | str | Unset = self.embed_custom_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "mentor_slug": mentor_slug,
                "mentor_unique_id": mentor_unique_id,
                "mentor_id": mentor_id,
                "metadata": metadata,
                "enable_memory_component": enable_memory_component,
                "enable_custom_javascript": enable_custom_javascript,
                "allow_anonymous": allow_anonymous,
                "enable_offline_mode": enable_offline_mode,
                "mentor_description": mentor_description,
                "suggested_prompts": suggested_prompts,
                "proactive_response": proactive_response,
                "greeting_method": greeting_method,
                "mentor_tools": mentor_tools,
                "can_use_tools": can_use_tools,
                "llm_name": llm_name,
                "proactive_prompt": proactive_prompt,
                "study_mode_prompt": study_mode_prompt,
                "disclaimer": disclaimer,
                "enable_disclaimer": enable_disclaimer,
                "show_attachment": show_attachment,
                "show_voice_call": show_voice_call,
                "show_voice_record": show_voice_record,
                "show_rag_images": show_rag_images,
                "starter_prompts": starter_prompts,
                "embed_is_context_aware": embed_is_context_aware,
                "embed_open_by_default": embed_open_by_default,
                "embed_show_attachment": embed_show_attachment,
                "embed_show_voice_call": embed_show_voice_call,
                "embed_show_voice_record": embed_show_voice_record,
                "show_explore_mentors": show_explore_mentors,
                "embed_icon_selection_data": embed_icon_selection_data,
                "placeholder_prompt": placeholder_prompt,
                "enable_email_chat": enable_email_chat,
                "enable_spaced_repetition": enable_spaced_repetition,
                "enable_instruction_mode": enable_instruction_mode,
                "enable_socratic_mode": enable_socratic_mode,
                "is_guided_mentor": is_guided_mentor,
                "is_featured": is_featured,
                "enable_guided_prompts": enable_guided_prompts,
                "save_flagged_prompts": save_flagged_prompts,
                "enable_moderation": enable_moderation,
                "enable_multi_query_rag": enable_multi_query_rag,
                "enable_prompt_caching": enable_prompt_caching,
                "enable_post_processing_system": enable_post_processing_system,
                "enable_safety_system": enable_safety_system,
                "forkable": forkable,
                "forkable_with_training_data": forkable_with_training_data,
                "mentor_name": mentor_name,
                "categories": categories,
                "types": types,
                "subjects": subjects,
                "recently_accessed_at": recently_accessed_at,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "platform_key": platform_key,
                "llm_config": llm_config,
                "llm_provider": llm_provider,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
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
        if mentor_visibility is not UNSET:
            field_dict["mentor_visibility"] = mentor_visibility
        if enable_image_generation is not UNSET:
            field_dict["enable_image_generation"] = enable_image_generation
        if enable_web_browsing is not UNSET:
            field_dict["enable_web_browsing"] = enable_web_browsing
        if enable_code_interpreter is not UNSET:
            field_dict["enable_code_interpreter"] = enable_code_interpreter
        if custom_css is not UNSET:
            field_dict["custom_css"] = custom_css
        if custom_javascript is not UNSET:
            field_dict["custom_javascript"] = custom_javascript
        if embed_custom_image is not UNSET:
            field_dict["embed_custom_image"] = embed_custom_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_category import MentorCategory  # noqa: PLC0415
        from ..models.mentor_type import MentorType  # noqa: PLC0415
        from ..models.subject import Subject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        mentor = d.pop("mentor")

        mentor_slug = d.pop("mentor_slug")

        mentor_unique_id = d.pop("mentor_unique_id")

        mentor_id = d.pop("mentor_id")

        metadata = d.pop("metadata")

        enable_memory_component = d.pop("enable_memory_component")

        enable_custom_javascript = d.pop("enable_custom_javascript")

        allow_anonymous = d.pop("allow_anonymous")

        enable_offline_mode = d.pop("enable_offline_mode")

        mentor_description = d.pop("mentor_description")

        suggested_prompts = d.pop("suggested_prompts")

        proactive_response = d.pop("proactive_response")

        greeting_method = d.pop("greeting_method")

        mentor_tools = d.pop("mentor_tools")

        can_use_tools = d.pop("can_use_tools")

        llm_name = d.pop("llm_name")

        proactive_prompt = d.pop("proactive_prompt")

        study_mode_prompt = d.pop("study_mode_prompt")

        disclaimer = d.pop("disclaimer")

        enable_disclaimer = d.pop("enable_disclaimer")

        show_attachment = d.pop("show_attachment")

        show_voice_call = d.pop("show_voice_call")

        show_voice_record = d.pop("show_voice_record")

        show_rag_images = d.pop("show_rag_images")

        starter_prompts = d.pop("starter_prompts")

        embed_is_context_aware = d.pop("embed_is_context_aware")

        embed_open_by_default = d.pop("embed_open_by_default")

        embed_show_attachment = d.pop("embed_show_attachment")

        embed_show_voice_call = d.pop("embed_show_voice_call")

        embed_show_voice_record = d.pop("embed_show_voice_record")

        show_explore_mentors = d.pop("show_explore_mentors")

        embed_icon_selection_data = d.pop("embed_icon_selection_data")

        placeholder_prompt = d.pop("placeholder_prompt")

        enable_email_chat = d.pop("enable_email_chat")

        enable_spaced_repetition = d.pop("enable_spaced_repetition")

        enable_instruction_mode = d.pop("enable_instruction_mode")

        enable_socratic_mode = d.pop("enable_socratic_mode")

        is_guided_mentor = d.pop("is_guided_mentor")

        is_featured = d.pop("is_featured")

        enable_guided_prompts = d.pop("enable_guided_prompts")

        save_flagged_prompts = d.pop("save_flagged_prompts")

        enable_moderation = d.pop("enable_moderation")

        enable_multi_query_rag = d.pop("enable_multi_query_rag")

        enable_prompt_caching = d.pop("enable_prompt_caching")

        enable_post_processing_system = d.pop("enable_post_processing_system")

        enable_safety_system = d.pop("enable_safety_system")

        forkable = d.pop("forkable")

        forkable_with_training_data = d.pop("forkable_with_training_data")

        mentor_name = d.pop("mentor_name")

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

        recently_accessed_at = datetime.datetime.fromisoformat(d.pop("recently_accessed_at"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        platform_key = d.pop("platform_key")

        llm_config = d.pop("llm_config")

        llm_provider = d.pop("llm_provider")

        display_name = d.pop("display_name", UNSET)

        profile_image = d.pop("profile_image", UNSET)

        initial_message = d.pop("initial_message", UNSET)

        suggested_message = d.pop("suggested_message", UNSET)

        _theme = d.pop("theme", UNSET)
        theme: ThemeEnum | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = ThemeEnum(_theme)

        user_message_color = d.pop("user_message_color", UNSET)

        mentor_bubble_color = d.pop("mentor_bubble_color", UNSET)

        _align_mentor_bubble = d.pop("align_mentor_bubble", UNSET)
        align_mentor_bubble: AlignMentorBubbleEnum | Unset
        if isinstance(_align_mentor_bubble, Unset):
            align_mentor_bubble = UNSET
        else:
            align_mentor_bubble = AlignMentorBubbleEnum(_align_mentor_bubble)

        _mentor_visibility = d.pop("mentor_visibility", UNSET)
        mentor_visibility: MentorSettingsPublicMentorVisibility | Unset
        if isinstance(_mentor_visibility, Unset):
            mentor_visibility = UNSET
        else:
            mentor_visibility = MentorSettingsPublicMentorVisibility(_mentor_visibility)

        enable_image_generation = d.pop("enable_image_generation", UNSET)

        enable_web_browsing = d.pop("enable_web_browsing", UNSET)

        enable_code_interpreter = d.pop("enable_code_interpreter", UNSET)

        custom_css = d.pop("custom_css", UNSET)

        custom_javascript = d.pop("custom_javascript", UNSET)

        embed_custom_image = d.pop("embed_custom_image", UNSET)

        mentor_settings_public = cls(
            id=id,
            mentor=mentor,
            mentor_slug=mentor_slug,
            mentor_unique_id=mentor_unique_id,
            mentor_id=mentor_id,
            metadata=metadata,
            enable_memory_component=enable_memory_component,
            enable_custom_javascript=enable_custom_javascript,
            allow_anonymous=allow_anonymous,
            enable_offline_mode=enable_offline_mode,
            mentor_description=mentor_description,
            suggested_prompts=suggested_prompts,
            proactive_response=proactive_response,
            greeting_method=greeting_method,
            mentor_tools=mentor_tools,
            can_use_tools=can_use_tools,
            llm_name=llm_name,
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
            enable_email_chat=enable_email_chat,
            enable_spaced_repetition=enable_spaced_repetition,
            enable_instruction_mode=enable_instruction_mode,
            enable_socratic_mode=enable_socratic_mode,
            is_guided_mentor=is_guided_mentor,
            is_featured=is_featured,
            enable_guided_prompts=enable_guided_prompts,
            save_flagged_prompts=save_flagged_prompts,
            enable_moderation=enable_moderation,
            enable_multi_query_rag=enable_multi_query_rag,
            enable_prompt_caching=enable_prompt_caching,
            enable_post_processing_system=enable_post_processing_system,
            enable_safety_system=enable_safety_system,
            forkable=forkable,
            forkable_with_training_data=forkable_with_training_data,
            mentor_name=mentor_name,
            categories=categories,
            types=types,
            subjects=subjects,
            recently_accessed_at=recently_accessed_at,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            platform_key=platform_key,
            llm_config=llm_config,
            llm_provider=llm_provider,
            display_name=display_name,
            profile_image=profile_image,
            initial_message=initial_message,
            suggested_message=suggested_message,
            theme=theme,
            user_message_color=user_message_color,
            mentor_bubble_color=mentor_bubble_color,
            align_mentor_bubble=align_mentor_bubble,
            mentor_visibility=mentor_visibility,
            enable_image_generation=enable_image_generation,
            enable_web_browsing=enable_web_browsing,
            enable_code_interpreter=enable_code_interpreter,
            custom_css=custom_css,
            custom_javascript=custom_javascript,
            embed_custom_image=embed_custom_image,
        )

        mentor_settings_public.additional_properties = d
        return mentor_settings_public

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
