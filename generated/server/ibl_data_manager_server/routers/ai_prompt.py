"""Routes for the operations tagged `ai-prompt`: each calls `AiPromptApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiPromptApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-prompt"])


async def ai_prompt_api(request: Request) -> AiPromptApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiPromptApi):
        return implementation
    return AiPromptApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_prompt_api = ApiKeyGuard(ai_prompt_api)


@router.post(
    "/api/ai-prompt/orgs/{org}/metadata/",
    operation_id="ai_prompt_orgs_metadata_create",
    description="Create or update metadata for a prompt.  Args:     request: The HTTP request containing the metadata.     org: The organization/tenant identifier.  Returns:     Response: The created or updated prompt metadata.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=200,
    response_model=models.Metadata,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_metadata_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.Metadata, Body()],
) -> models.Metadata:
    return await api.ai_prompt_orgs_metadata_create(org=org, body=body)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/",
    operation_id="ai_prompt_orgs_users_all_chats_memory_retrieve",
    description="Retrieve chat memory for a specific user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve chat memory for.  Returns:     Response: The user's chat memory entries.  Raises:     NotFound: If no chat memory exists for the user.",
    status_code=200,
    response_model=models.UserAllChatMemoryView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_all_chats_memory_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserAllChatMemoryView:
    return await api.ai_prompt_orgs_users_all_chats_memory_retrieve(org=org, user_id=user_id)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/",
    operation_id="ai_prompt_orgs_users_all_chats_memory_update",
    description="Update chat memory for a specific user.  Args:     request: The HTTP request containing the updated chat memory data.     org: The organization/tenant identifier.     user_id: The ID of the user to update chat memory for.  Returns:     Response: A confirmation of the scheduled update task.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If no chat memory exists for the user.",
    status_code=200,
    response_model=models.UserChatMemoryUpdateView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_all_chats_memory_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserAllChatMemoryViewRequest, Body()],
) -> models.UserChatMemoryUpdateView:
    return await api.ai_prompt_orgs_users_all_chats_memory_update(
        org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/",
    operation_id="ai_prompt_orgs_users_all_chats_memory_create",
    description="Create a new chat memory entry for a user.  Args:     request: The HTTP request containing the chat memory data.     org: The organization/tenant identifier.     user_id: The ID of the user to create chat memory for.  Returns:     Response: The created chat memory entry.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=201,
    response_model=models.UserAllChatMemoryView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_all_chats_memory_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserAllChatMemoryViewRequest, Body()],
) -> models.UserAllChatMemoryView:
    return await api.ai_prompt_orgs_users_all_chats_memory_create(
        org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/",
    operation_id="ai_prompt_orgs_users_all_chats_memory_destroy",
    description="Delete all chat memory for a specific user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to delete chat memory for.  Returns:     Response: A success message if the memory was deleted.  Raises:     NotFound: If no chat memory exists for the user.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_all_chats_memory_destroy(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_all_chats_memory_destroy(org=org, user_id=user_id)
    return Response(status_code=204)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/",
    operation_id="ai_prompt_orgs_users_all_chats_memory_update_2",
    description="Update a specific chat memory entry.  Args:     request: The HTTP request containing the updated chat memory data.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the memory.     memory_id: The ID of the specific memory entry to update.  Returns:     Response: The updated chat memory entry.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the specified memory entry does not exist.",
    status_code=200,
    response_model=models.UserAllChatMemoryView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_all_chats_memory_update_2(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    memory_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserAllChatMemoryViewRequest, Body()],
) -> models.UserAllChatMemoryView:
    return await api.ai_prompt_orgs_users_all_chats_memory_update_2(
        memory_id=memory_id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/",
    operation_id="ai_prompt_orgs_users_all_chats_memory_destroy_2",
    description="Delete a specific chat memory entry.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the memory.     memory_id: The ID of the specific memory entry to delete.  Returns:     Response: A success message if the memory was deleted.  Raises:     NotFound: If the specified memory entry does not exist.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_all_chats_memory_destroy_2(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    memory_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_all_chats_memory_destroy_2(
        memory_id=memory_id, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/",
    operation_id="ai_prompt_orgs_users_chat_memory_status_retrieve",
    description="Retrieve the chat memory status for a specific user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve memory status for.  Returns:     Response: The user's chat memory status.  Raises:     NotFound: If no memory status exists for the user.",
    status_code=200,
    response_model=models.UserChatMemoryStatusView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_chat_memory_status_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserChatMemoryStatusView:
    return await api.ai_prompt_orgs_users_chat_memory_status_retrieve(org=org, user_id=user_id)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/",
    operation_id="ai_prompt_orgs_users_chat_memory_status_update",
    description="Update the chat memory status for a specific user.  Args:     request: The HTTP request containing the updated status.     org: The organization/tenant identifier.     user_id: The ID of the user to update memory status for.  Returns:     Response: The updated chat memory status.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=200,
    response_model=models.UserChatMemoryStatusView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_chat_memory_status_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserChatMemoryStatusRequestView, Body()],
) -> models.UserChatMemoryStatusView:
    return await api.ai_prompt_orgs_users_chat_memory_status_update(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/languages/",
    operation_id="ai_prompt_orgs_users_languages_retrieve",
    description="Retrieve all available prompt languages.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.  Returns:     Response: A list of available prompt languages.",
    status_code=200,
    response_model=models.LanguagesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_languages_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.LanguagesView:
    return await api.ai_prompt_orgs_users_languages_retrieve(org=org, user_id=user_id)


@router.post(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/languages/",
    operation_id="ai_prompt_orgs_users_languages_create",
    description="Create a new prompt language.  Args:     request: The HTTP request containing the language data.     org: The organization/tenant identifier.     user_id: The ID of the user creating the language.  Returns:     Response: The created prompt language.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=201,
    response_model=models.LanguagesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_languages_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.LanguagesViewRequest, Body()],
) -> models.LanguagesView:
    return await api.ai_prompt_orgs_users_languages_create(org=org, user_id=user_id, body=body)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/",
    operation_id="ai_prompt_orgs_users_languages_update",
    description="Update a specific prompt language.  Args:     request: The HTTP request containing the updated language data.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     language_id: The ID of the language to update.  Returns:     Response: The updated prompt language.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the specified language does not exist.",
    status_code=200,
    response_model=models.LanguagesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_languages_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    language_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.LanguagesViewRequest, Body()],
) -> models.LanguagesView:
    return await api.ai_prompt_orgs_users_languages_update(
        language_id=language_id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/",
    operation_id="ai_prompt_orgs_users_languages_destroy",
    description="Delete a specific prompt language.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     language_id: The ID of the language to delete.  Returns:     Response: A success message if the language was deleted.  Raises:     NotFound: If the specified language does not exist.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_languages_destroy(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    language_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_languages_destroy(
        language_id=language_id, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/",
    operation_id="ai_prompt_orgs_users_memory_context_retrieve",
    description="Retrieve a user's memory context settings.",
    status_code=200,
    response_model=models.UserMemoryContextResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_memory_context_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserMemoryContextResponse:
    return await api.ai_prompt_orgs_users_memory_context_retrieve(org=org, user_id=user_id)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/",
    operation_id="ai_prompt_orgs_users_memory_context_update",
    description="Updates the user's memory context settings.  Returns:      200: list of user memory context data.",
    status_code=200,
    response_model=models.UserMemoryContextResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_memory_context_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserMemoryContextRequest | None, Body()] = None,
) -> models.UserMemoryContextResponse:
    await reject_json_null(request, body)
    return await api.ai_prompt_orgs_users_memory_context_update(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory-status/",
    operation_id="ai_prompt_orgs_users_memory_status_retrieve",
    description="Retrieve the memory status for a specific user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve memory status for.  Returns:     Response: The user's memory status.  Raises:     NotFound: If no memory status exists for the user.",
    status_code=200,
    response_model=models.MemoryStatusView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_memory_status_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MemoryStatusView:
    return await api.ai_prompt_orgs_users_memory_status_retrieve(org=org, user_id=user_id)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory-status/",
    operation_id="ai_prompt_orgs_users_memory_status_update",
    description="Update the memory status for a specific user.  Args:     request: The HTTP request containing the updated status.     org: The organization/tenant identifier.     user_id: The ID of the user to update memory status for.  Returns:     Response: The updated memory status.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=200,
    response_model=models.MemoryStatusView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_memory_status_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MemoryStatusRequestView, Body()],
) -> models.MemoryStatusView:
    return await api.ai_prompt_orgs_users_memory_status_update(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory/",
    operation_id="ai_prompt_orgs_users_memory_retrieve",
    description="Retrieve catalog item memory for a specific user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve catalog item memory for.  Returns:     Response: The user's catalog item memory entries.  Raises:     NotFound: If no catalog item memory exists for the user.",
    status_code=200,
    response_model=models.UserCatalogItemMemoryView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_memory_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserCatalogItemMemoryView:
    return await api.ai_prompt_orgs_users_memory_retrieve(org=org, user_id=user_id)


@router.post(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory/",
    operation_id="ai_prompt_orgs_users_memory_create",
    description="Create a new catalog item memory entry for a user.  Args:     request: The HTTP request containing the catalog item memory data.     org: The organization/tenant identifier.     user_id: The ID of the user to create catalog item memory for.  Returns:     Response: The created catalog item memory entry.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=201,
    response_model=models.UserCatalogItemMemoryView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_memory_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserCatalogItemMemoryViewRequest, Body()],
) -> models.UserCatalogItemMemoryView:
    return await api.ai_prompt_orgs_users_memory_create(org=org, user_id=user_id, body=body)


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory/",
    operation_id="ai_prompt_orgs_users_memory_destroy",
    description="Delete all catalog item memory for a specific user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to delete catalog item memory for.  Returns:     Response: A success message if the memory was deleted.  Raises:     NotFound: If no catalog item memory exists for the user.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_memory_destroy(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_memory_destroy(org=org, user_id=user_id)
    return Response(status_code=204)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/",
    operation_id="ai_prompt_orgs_users_memory_update",
    description="Update a specific catalog item memory entry.  Args:     request: The HTTP request containing the updated catalog item memory data.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the memory.     memory_id: The ID of the specific memory entry to update.  Returns:     Response: The updated catalog item memory entry.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the specified memory entry does not exist.",
    status_code=200,
    response_model=models.UserCatalogItemMemoryView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_memory_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    memory_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserCatalogItemMemoryViewRequest, Body()],
) -> models.UserCatalogItemMemoryView:
    return await api.ai_prompt_orgs_users_memory_update(
        memory_id=memory_id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/",
    operation_id="ai_prompt_orgs_users_memory_destroy_2",
    description="Delete a specific catalog item memory entry.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the memory.     memory_id: The ID of the specific memory entry to delete.  Returns:     Response: A success message if the memory was deleted.  Raises:     NotFound: If the specified memory entry does not exist.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_memory_destroy_2(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    memory_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_memory_destroy_2(memory_id=memory_id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/metadata",
    operation_id="ai_prompt_orgs_users_metadata_retrieve",
    description="Retrieve metadata for a prompt.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.  Returns:     Response: The prompt metadata.  Raises:     NotFound: If no metadata exists for the specific prompt",
    status_code=200,
    response_model=models.Metadata,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_metadata_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Metadata:
    return await api.ai_prompt_orgs_users_metadata_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/",
    operation_id="ai_prompt_orgs_users_prompt_list",
    description="API viewset for managing prompts.  This view allows tenant admins and students to create, retrieve, update, and filter prompts based on various parameters.  Permissions:     - Accessible to both tenant administrators and students",
    status_code=200,
    response_model=list[models.Prompt],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompt_list(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[int | None, Query(description="Category of the prompt")] = None,
    created_by: Annotated[
        str | None,
        Query(min_length=1, description="Option to filter by username of the prompt creators."),
    ] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, prompt, default is date"),
    ] = None,
    mentor_unique_id: Annotated[
        str | None, Query(min_length=1, description="Mentor unique id of the prompt")
    ] = None,
    tag: Annotated[int | None, Query(description="Tag of the prompt")] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="Visibility trype the mentor of the prompt")
    ] = None,
) -> list[models.Prompt]:
    return await api.ai_prompt_orgs_users_prompt_list(
        org=org,
        user_id=user_id,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
    )


@router.post(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/",
    operation_id="ai_prompt_orgs_users_prompt_create",
    description="Create a new prompt.  Args:     request: HTTP request containing prompt data.  Returns:     Response with created prompt details.  Raises:     ValidationError: If the input data is invalid.",
    status_code=201,
    response_model=models.Prompt,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompt_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[int | None, Query(description="Category of the prompt")] = None,
    created_by: Annotated[
        str | None,
        Query(min_length=1, description="Option to filter by username of the prompt creators."),
    ] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, prompt, default is date"),
    ] = None,
    mentor_unique_id: Annotated[
        str | None, Query(min_length=1, description="Mentor unique id of the prompt")
    ] = None,
    tag: Annotated[int | None, Query(description="Tag of the prompt")] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="Visibility trype the mentor of the prompt")
    ] = None,
    body: Annotated[models.PromptRequest, Body()],
) -> models.Prompt:
    return await api.ai_prompt_orgs_users_prompt_create(
        org=org,
        user_id=user_id,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
        body=body,
    )


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/",
    operation_id="ai_prompt_orgs_users_prompt_retrieve",
    description="API viewset for managing prompts.  This view allows tenant admins and students to create, retrieve, update, and filter prompts based on various parameters.  Permissions:     - Accessible to both tenant administrators and students",
    status_code=200,
    response_model=models.Prompt,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompt_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this prompt.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[int | None, Query(description="Category of the prompt")] = None,
    created_by: Annotated[
        str | None,
        Query(min_length=1, description="Option to filter by username of the prompt creators."),
    ] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, prompt, default is date"),
    ] = None,
    mentor_unique_id: Annotated[
        str | None, Query(min_length=1, description="Mentor unique id of the prompt")
    ] = None,
    tag: Annotated[int | None, Query(description="Tag of the prompt")] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="Visibility trype the mentor of the prompt")
    ] = None,
) -> models.Prompt:
    return await api.ai_prompt_orgs_users_prompt_retrieve(
        id=id,
        org=org,
        user_id=user_id,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
    )


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/",
    operation_id="ai_prompt_orgs_users_prompt_update",
    description="Update an existing prompt.  Args:     request: HTTP request containing updated prompt data.  Returns:     Response with updated prompt details.  Raises:     ValidationError: If the input data is invalid.     PermissionDenied: If the prompt is system-generated and cannot be edited.",
    status_code=200,
    response_model=models.Prompt,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompt_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this prompt.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[int | None, Query(description="Category of the prompt")] = None,
    created_by: Annotated[
        str | None,
        Query(min_length=1, description="Option to filter by username of the prompt creators."),
    ] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, prompt, default is date"),
    ] = None,
    mentor_unique_id: Annotated[
        str | None, Query(min_length=1, description="Mentor unique id of the prompt")
    ] = None,
    tag: Annotated[int | None, Query(description="Tag of the prompt")] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="Visibility trype the mentor of the prompt")
    ] = None,
    body: Annotated[models.PromptRequest, Body()],
) -> models.Prompt:
    return await api.ai_prompt_orgs_users_prompt_update(
        id=id,
        org=org,
        user_id=user_id,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
        body=body,
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/",
    operation_id="ai_prompt_orgs_users_prompt_destroy",
    description="API viewset for managing prompts.  This view allows tenant admins and students to create, retrieve, update, and filter prompts based on various parameters.  Permissions:     - Accessible to both tenant administrators and students",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_prompt_destroy(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this prompt.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[int | None, Query(description="Category of the prompt")] = None,
    created_by: Annotated[
        str | None,
        Query(min_length=1, description="Option to filter by username of the prompt creators."),
    ] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, prompt, default is date"),
    ] = None,
    mentor_unique_id: Annotated[
        str | None, Query(min_length=1, description="Mentor unique id of the prompt")
    ] = None,
    tag: Annotated[int | None, Query(description="Tag of the prompt")] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="Visibility trype the mentor of the prompt")
    ] = None,
) -> Response:
    await api.ai_prompt_orgs_users_prompt_destroy(
        id=id,
        org=org,
        user_id=user_id,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
    )
    return Response(status_code=204)


@router.patch(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/",
    operation_id="ai_prompt_orgs_users_prompt_partial_update",
    description="API viewset for managing prompts.  This view allows tenant admins and students to create, retrieve, update, and filter prompts based on various parameters.  Permissions:     - Accessible to both tenant administrators and students",
    status_code=200,
    response_model=models.Prompt,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompt_partial_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this prompt.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[int | None, Query(description="Category of the prompt")] = None,
    created_by: Annotated[
        str | None,
        Query(min_length=1, description="Option to filter by username of the prompt creators."),
    ] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, prompt, default is date"),
    ] = None,
    mentor_unique_id: Annotated[
        str | None, Query(min_length=1, description="Mentor unique id of the prompt")
    ] = None,
    tag: Annotated[int | None, Query(description="Tag of the prompt")] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="Visibility trype the mentor of the prompt")
    ] = None,
    body: Annotated[models.PatchedPrompt | None, Body()] = None,
) -> models.Prompt:
    await reject_json_null(request, body)
    return await api.ai_prompt_orgs_users_prompt_partial_update(
        id=id,
        org=org,
        user_id=user_id,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
        body=body,
    )


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/",
    operation_id="ai_prompt_orgs_users_prompts_category_retrieve",
    description='Retrieve a list of prompt categories.  Query Parameters:     - filter_by (optional): Sorts categories by name if set to "name".  Args:     request: The HTTP request.     org: Organization key identifier.  Returns:     - 200: List of prompt categories.     - 400: If query parameters are invalid.',
    status_code=200,
    response_model=models.PromptCategory,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompts_category_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, name, default is date "),
    ] = None,
) -> models.PromptCategory:
    return await api.ai_prompt_orgs_users_prompts_category_retrieve(
        org=org, user_id=user_id, filter_by=filter_by
    )


@router.post(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/",
    operation_id="ai_prompt_orgs_users_prompts_category_create",
    description="Create a new prompt category.  Args:     request: The HTTP request containing category information.     org: Organization key identifier.     user_id: User performing the request.  Returns:     - 201: Created prompt category.     - 401: If the user is not a tenant admin.     - 400: If request data is invalid.",
    status_code=201,
    response_model=models.PromptCategory,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompts_category_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PromptCategoryRequest, Body()],
) -> models.PromptCategory:
    return await api.ai_prompt_orgs_users_prompts_category_create(
        org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/",
    operation_id="ai_prompt_orgs_users_prompts_category_destroy",
    description="Delete a prompt category.  Args:     request: The HTTP request containing the category to delete.     org: Organization key identifier.     user_id: User performing the request.  Returns:     - 204: No Content (successful deletion).     - 401: If the user is not a tenant admin.     - 400: If request data is invalid.     - 404: If the category does not exist.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_prompts_category_destroy(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_prompts_category_destroy(org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/public/",
    operation_id="ai_prompt_orgs_users_prompts_public_list",
    description="API viewset for managing prompts.  This view allows anyone to retrieve, and filter prompts based on various parameters.  Permissions:     - Accessible to anyone",
    status_code=200,
    response_model=list[models.Prompt],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompts_public_list(
    *,
    api: Annotated[AiPromptApi, Depends(ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[int | None, Query(description="Category of the prompt")] = None,
    created_by: Annotated[
        str | None,
        Query(min_length=1, description="Option to filter by username of the prompt creators."),
    ] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, prompt, default is date"),
    ] = None,
    mentor_unique_id: Annotated[
        str | None, Query(min_length=1, description="Mentor unique id of the prompt")
    ] = None,
    tag: Annotated[int | None, Query(description="Tag of the prompt")] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="Visibility trype the mentor of the prompt")
    ] = None,
) -> list[models.Prompt]:
    return await api.ai_prompt_orgs_users_prompts_public_list(
        org=org,
        user_id=user_id,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
    )


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/public/{id}/",
    operation_id="ai_prompt_orgs_users_prompts_public_retrieve",
    description="API viewset for managing prompts.  This view allows anyone to retrieve, and filter prompts based on various parameters.  Permissions:     - Accessible to anyone",
    status_code=200,
    response_model=models.Prompt,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_prompts_public_retrieve(
    *,
    api: Annotated[AiPromptApi, Depends(ai_prompt_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this prompt.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[int | None, Query(description="Category of the prompt")] = None,
    created_by: Annotated[
        str | None,
        Query(min_length=1, description="Option to filter by username of the prompt creators."),
    ] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, prompt, default is date"),
    ] = None,
    mentor_unique_id: Annotated[
        str | None, Query(min_length=1, description="Mentor unique id of the prompt")
    ] = None,
    tag: Annotated[int | None, Query(description="Tag of the prompt")] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="Visibility trype the mentor of the prompt")
    ] = None,
) -> models.Prompt:
    return await api.ai_prompt_orgs_users_prompts_public_retrieve(
        id=id,
        org=org,
        user_id=user_id,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
    )


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/",
    operation_id="ai_prompt_orgs_users_sessions_guided_prompts_retrieve",
    summary="Retrieve guided prompts for a chat session",
    description="Fetches AI-generated guided prompts for a given session and organization.",
    status_code=200,
    response_model=models.GuidedPromptsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_sessions_guided_prompts_retrieve(
    *,
    api: Annotated[AiPromptApi, Depends(ai_prompt_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    count: Annotated[int | None, Query(ge=1, le=10)] = None,
) -> models.GuidedPromptsResponse:
    return await api.ai_prompt_orgs_users_sessions_guided_prompts_retrieve(
        org=org, session_id=session_id, user_id=user_id, count=count
    )


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/styles/",
    operation_id="ai_prompt_orgs_users_styles_retrieve",
    description="Endpoint for getting prompt styles.  Accessible to tenant admins and students.  Returns:      200: List of styles.",
    status_code=200,
    response_model=models.StylesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_styles_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.StylesView:
    return await api.ai_prompt_orgs_users_styles_retrieve(org=org, user_id=user_id)


@router.post(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/styles/",
    operation_id="ai_prompt_orgs_users_styles_create",
    description="Endpoint for Adding prompt style.  Accessible to tenant admins only.  Returns:      201: style Object.      400: When data is not valid.",
    status_code=201,
    response_model=models.StylesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_styles_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.StylesViewRequest, Body()],
) -> models.StylesView:
    return await api.ai_prompt_orgs_users_styles_create(org=org, user_id=user_id, body=body)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/",
    operation_id="ai_prompt_orgs_users_styles_update",
    description="Endpoint for Adding prompt style.  Accessible to tenant admins only.  Returns:      200: style Object.      400: When data is not valid.",
    status_code=200,
    response_model=models.StylesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_styles_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    style_id: Annotated[int, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.StylesViewRequest, Body()],
) -> models.StylesView:
    return await api.ai_prompt_orgs_users_styles_update(
        org=org, style_id=style_id, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/",
    operation_id="ai_prompt_orgs_users_styles_destroy",
    description="Endpoint for deleting prompt style.  Accessible to tenant admins and students.  Returns:      204: No response data.      400: When data is not valid.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_styles_destroy(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    style_id: Annotated[int, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_styles_destroy(org=org, style_id=style_id, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/tags/",
    operation_id="ai_prompt_orgs_users_tags_retrieve",
    description="Endpoint for getting prompt tags.  Accessible to tenant admins and students.  Returns:      200: List of tags.",
    status_code=200,
    response_model=models.TagsView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_tags_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.TagsView:
    return await api.ai_prompt_orgs_users_tags_retrieve(org=org, user_id=user_id)


@router.post(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/tags/",
    operation_id="ai_prompt_orgs_users_tags_create",
    description='Endpoint for Adding prompt tag.  Accessible to tenant admins and students.  Returns:      201: tag Object.      400: When data is not valid.    Example:      POST: /api/ai-prompt/orgs/main/users/johndoe/tags/      Request:        Response:       {                         "name": "Programming",                         "description": "tags for programing prompts"                     }      Response:       {                         "id": 1,                         "name": "Programming",                         "description": "tags for programing prompts"                     }',
    status_code=201,
    response_model=models.TagsView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_tags_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.TagsViewRequest, Body()],
) -> models.TagsView:
    return await api.ai_prompt_orgs_users_tags_create(org=org, user_id=user_id, body=body)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/",
    operation_id="ai_prompt_orgs_users_tags_update",
    description="Endpoint for updating prompt tag.  Accessible to tenant admins and students.  Returns:      200: tag Object.      400: When data is not valid.",
    status_code=200,
    response_model=models.TagsView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_tags_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    tag_id: Annotated[int, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.TagsViewRequest, Body()],
) -> models.TagsView:
    return await api.ai_prompt_orgs_users_tags_update(
        org=org, tag_id=tag_id, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/",
    operation_id="ai_prompt_orgs_users_tags_destroy",
    description="Endpoint for deleting prompt tag.  Accessible to tenant admins and students.  Returns:      204: No response data.      400: When data is not valid.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_tags_destroy(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    tag_id: Annotated[int, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_tags_destroy(org=org, tag_id=tag_id, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/tones/",
    operation_id="ai_prompt_orgs_users_tones_retrieve",
    description="Endpoint for getting prompt tones.  Accessible to tenant admins and students.  Returns:      200: List of tones.",
    status_code=200,
    response_model=models.TonesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_tones_retrieve(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.TonesView:
    return await api.ai_prompt_orgs_users_tones_retrieve(org=org, user_id=user_id)


@router.post(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/tones/",
    operation_id="ai_prompt_orgs_users_tones_create",
    description="Endpoint for Adding prompt tone.  Accessible to tenant admins only.  Returns:      201: tone Object.      400: When data is not valid.",
    status_code=201,
    response_model=models.TonesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_tones_create(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.TonesViewRequest | None, Body()] = None,
) -> models.TonesView:
    await reject_json_null(request, body)
    return await api.ai_prompt_orgs_users_tones_create(org=org, user_id=user_id, body=body)


@router.put(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/tones/{tone_id}/",
    operation_id="ai_prompt_orgs_users_tones_update",
    description="Endpoint for updating prompt tone.  Accessible to tenant admins only.  Returns:      200: tone Object.      400: When data is not valid.",
    status_code=200,
    response_model=models.TonesView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_prompt_orgs_users_tones_update(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    request: Request,
    org: Annotated[str, Path()],
    tone_id: Annotated[int, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.TonesViewRequest | None, Body()] = None,
) -> models.TonesView:
    await reject_json_null(request, body)
    return await api.ai_prompt_orgs_users_tones_update(
        org=org, tone_id=tone_id, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-prompt/orgs/{org}/users/{user_id}/tones/{tone_id}/",
    operation_id="ai_prompt_orgs_users_tones_destroy",
    description="Endpoint for deleting prompt tone.  Accessible to tenant admins and students.  Returns:      204: No response data.      400: When data is not valid.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_prompt_orgs_users_tones_destroy(
    *,
    api: Annotated[AiPromptApi, Security(secured_ai_prompt_api)],
    org: Annotated[str, Path()],
    tone_id: Annotated[int, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_prompt_orgs_users_tones_destroy(org=org, tone_id=tone_id, user_id=user_id)
    return Response(status_code=204)
