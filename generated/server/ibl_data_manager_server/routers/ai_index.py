"""Routes for the operations tagged `ai-index`: each calls `AiIndexApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiIndexApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-index"])


async def ai_index_api(request: Request) -> AiIndexApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiIndexApi):
        return implementation
    return AiIndexApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_index_api = ApiKeyGuard(ai_index_api)


@router.post(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/",
    operation_id="ai_index_orgs_users_documents_document_from_pool_create",
    description='Train a document from the document pool  Sample request: ```json {"document_id": 3, "to_pathway": "7c43ec09-3d37-489c-a461-8d73df1d91c7"} ```',
    status_code=200,
    response_model=models.TrainDocumentViewResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_document_from_pool_create(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.DocumentFromPoolRequest, Body()],
) -> models.TrainDocumentViewResponse:
    return await api.ai_index_orgs_users_documents_document_from_pool_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/",
    operation_id="ai_index_orgs_users_documents_pathways_list",
    description='Description: Retrieves a list of document embeddings for a specific pathway with optional search and pagination.  Methods: - GET: Retrieves document embeddings that match the specified search criteria and are paginated according to offset and limit.  Parameters: - search (str): Search query to filter document names or URLs. - offset (int): Offset number for pagination. - limit (int): Limit number for pagination.  Returns: - GET: A paginated list of document embeddings with their details. {     "count": 10,     "next": "http://api.example.com/retriever_documents/?offset=10&limit=2",     "previous": "http://api.example.com/retriever_documents/?offset=0&limit=2",     "results": [     {         "document_name": "Document2",         "platform_key": "example_platform",         "pathway": "example_pathway"     }     ] }  Error Responses: - 400 Bad Request: Invalid query parameters. - 404 Not Found: No document embeddings found for the specified criteria.',
    status_code=200,
    response_model=models.PaginatedRetrieverDocumentEmbeddingList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_pathways_list(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    pathway: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    limit: Annotated[int | None, Query(description="limit number")] = None,
    offset: Annotated[int | None, Query(description="Offset number")] = None,
    search: Annotated[str | None, Query(min_length=1, description="Search query")] = None,
) -> models.PaginatedRetrieverDocumentEmbeddingList:
    return await api.ai_index_orgs_users_documents_pathways_list(
        org=org, pathway=pathway, user_id=user_id, limit=limit, offset=offset, search=search
    )


@router.post(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/search/",
    operation_id="ai_index_orgs_users_documents_search_create",
    description="Retrieve resource documents similar to the given query.  This endpoint performs a semantic search to find documents that are relevant to the provided query within the specified pathway.  Args:     request: The HTTP request containing the search query.     org: Organization key identifier.  Returns:     Response: A list of documents relevant to the search query.  Raises:     ValidationError: If the request data is invalid.",
    status_code=200,
    response_model=models.RetrieverResponseSearch,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_search_create(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.RetrieverRequestSearch, Body()],
) -> models.RetrieverResponseSearch:
    return await api.ai_index_orgs_users_documents_search_create(
        org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/sources/",
    operation_id="ai_index_orgs_users_documents_sources_create",
    description="Retrieve document sources related to a given query.  This endpoint performs a semantic search to find document sources that are relevant to the provided query within the specified pathway, and returns them along with confidence levels.  Args:     request: The HTTP request containing the search query.     org: Organization key identifier.  Returns:     Response: A list of document sources with confidence levels.  Raises:     ValidationError: If the request data is invalid.",
    status_code=200,
    response_model=list[models.RetrieverRequestSearchDocument],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_sources_create(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.RetrieverRequestSearch, Body()],
) -> list[models.RetrieverRequestSearchDocument]:
    return await api.ai_index_orgs_users_documents_sources_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/",
    operation_id="ai_index_orgs_users_documents_tasks_retrieve",
    description='Check the status of a document training task.  This endpoint retrieves the current status of an asynchronous document training task that was previously initiated.  Args:     request: The HTTP request.     org: Organization key identifier.     task_id: The ID of the training task to check.  Returns:     Response: The current status of the document training task,              which can be "pending", "completed", or "failed".',
    status_code=200,
    response_model=models.CheckDocumentTrainingStatus,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_tasks_retrieve(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    task_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CheckDocumentTrainingStatus:
    return await api.ai_index_orgs_users_documents_tasks_retrieve(
        org=org, task_id=task_id, user_id=user_id
    )


@router.post(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/train/",
    operation_id="ai_index_orgs_users_documents_train_create",
    description="Train a document through a worker process.  This endpoint queues larger documents for training through a worker process, which is more suitable for handling documents that would take too long to process directly.  Args:     request: The HTTP request containing the document information.     org: Organization key identifier.  Returns:     Response: A confirmation that the document was queued for training,              including a task ID for tracking the progress.  Raises:     ValidationError: If the request data is invalid.     BadRequest: If there was an error processing the document.",
    status_code=200,
    response_model=models.TrainDocumentViewResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_train_create(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiIndexOrgsUsersDocumentsTrainCreateBody, Body()],
) -> models.TrainDocumentViewResponse:
    return await api.ai_index_orgs_users_documents_train_create(org=org, user_id=user_id, body=body)


@router.post(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/",
    operation_id="ai_index_orgs_users_documents_train_retriever_create",
    description="Train a document directly without using a worker.  This endpoint is designed for training smaller documents directly without queuing them through a worker process. For larger documents, use the TrainDocumentView endpoint instead.  Args:     request: The HTTP request containing the document information.     org: Organization key identifier.  Returns:     Response: A confirmation that the document was trained successfully.  Raises:     ValidationError: If the request data is invalid.     BadRequest: If the document training failed.",
    status_code=200,
    response_model=models.RetreiverTrainViewResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_train_retriever_create(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody, Body()],
) -> models.RetreiverTrainViewResponse:
    return await api.ai_index_orgs_users_documents_train_retriever_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/",
    operation_id="ai_index_orgs_users_documents_retrieve",
    description="Retrieve details of a specific document embedding.  This endpoint returns detailed information about a specific document embedding identified by its ID.  Args:     request: The HTTP request.     org: Organization key identifier.     document_id: The ID of the document embedding to retrieve.  Returns:     Response: Detailed information about the document embedding.  Raises:     NotFound: If the specified document embedding does not exist.",
    status_code=200,
    response_model=models.RetrieverDocumentEmbedding,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_retrieve(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    document_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.RetrieverDocumentEmbedding:
    return await api.ai_index_orgs_users_documents_retrieve(
        document_id=document_id, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/",
    operation_id="ai_index_orgs_users_documents_update",
    description="Update a specific document embedding.  This endpoint allows updating various properties of a document embedding, including its name, type, pathway, and training status.  Args:     request: The HTTP request containing the updated document data.     org: Organization key identifier.     document_id: The ID of the document embedding to update.  Returns:     Response: The updated document embedding information.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the specified document embedding does not exist.",
    status_code=200,
    response_model=models.RetrieverDocumentEmbedding,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_update(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    document_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiIndexOrgsUsersDocumentsUpdateBody, Body()],
) -> models.RetrieverDocumentEmbedding:
    return await api.ai_index_orgs_users_documents_update(
        document_id=document_id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/",
    operation_id="ai_index_orgs_users_documents_destroy",
    description="Delete a specific document embedding.  This endpoint removes a document embedding from the system, including untraining it from any associated pathways.  Args:     request: The HTTP request.     org: Organization key identifier.     document_id: The ID of the document embedding to delete.  Returns:     Response: An empty response with a 204 status code if successful.  Raises:     NotFound: If the specified document embedding does not exist.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_index_orgs_users_documents_destroy(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    document_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_index_orgs_users_documents_destroy(
        document_id=document_id, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/",
    operation_id="ai_index_orgs_users_documents_settings_retrieve",
    description="Retrieve document settings with RBAC permission checks.",
    status_code=200,
    response_model=models.DocumentSettingsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_settings_retrieve(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    document_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.DocumentSettingsResponse:
    return await api.ai_index_orgs_users_documents_settings_retrieve(
        document_id=document_id, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/",
    operation_id="ai_index_orgs_users_documents_settings_create",
    description="Update document settings with RBAC permission checks.",
    status_code=200,
    response_model=models.DocumentSettingsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_documents_settings_create(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    request: Request,
    document_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.DocumentSettingsResponse | None, Body()] = None,
) -> models.DocumentSettingsResponse:
    await reject_json_null(request, body)
    return await api.ai_index_orgs_users_documents_settings_create(
        document_id=document_id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/",
    operation_id="ai_index_orgs_users_resource_data_scrapped_list",
    description="Retrieve and filter scraped data from resources.  This endpoint returns a list of scraped data from resources associated with the specified user, with optional filtering based on query parameters.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.     user_id: The username of the user whose resources to retrieve.  Returns:     Response: A list of scraped resource data matching the filter criteria.  Raises:     BadRequest: If the username is invalid or query parameters are incorrect.",
    status_code=200,
    response_model=list[models.ResourceScrappedData],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_resource_data_scrapped_list(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    is_archive: Annotated[bool | None, Query()] = None,
    is_like: Annotated[bool | None, Query()] = None,
    is_video: Annotated[bool | None, Query()] = None,
    search_key: Annotated[str | None, Query(min_length=1)] = None,
) -> list[models.ResourceScrappedData]:
    return await api.ai_index_orgs_users_resource_data_scrapped_list(
        org=org,
        user_id=user_id,
        is_archive=is_archive,
        is_like=is_like,
        is_video=is_video,
        search_key=search_key,
    )


@router.get(
    "/api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/",
    operation_id="ai_index_orgs_users_resource_data_scrapped_retrieve",
    description="Retrieve detailed information about a specific scraped resource.  This endpoint returns the complete scraped data for a specific resource identified by its ID.  Args:     request: The HTTP request.     org: Organization key identifier.     user_id: The username of the user associated with the resource.     resource_id: The ID of the resource to retrieve.  Returns:     Response: The complete scraped data for the specified resource.  Raises:     NotFound: If the specified resource data does not exist.",
    status_code=200,
    response_model=models.ResourceScrappedData,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_orgs_users_resource_data_scrapped_retrieve(
    *,
    api: Annotated[AiIndexApi, Security(secured_ai_index_api)],
    org: Annotated[str, Path()],
    resource_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.ResourceScrappedData:
    return await api.ai_index_orgs_users_resource_data_scrapped_retrieve(
        org=org, resource_id=resource_id, user_id=user_id
    )


@router.post(
    "/api/ai-index/webhook/scan/",
    operation_id="ai_index_webhook_scan_create",
    description="Receive and process file scan status from external security scanning services.  This webhook endpoint receives scan results for files that have been submitted for security scanning. It processes the results asynchronously and determines if the files are safe for further processing.  Args:     request: The HTTP request containing scan result data.  Returns:     Response: A confirmation that the scan result was received and is being processed.  Raises:     BadRequest: If the provided scan result data is invalid.",
    status_code=200,
    response_model=models.ScanWebhookResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_index_webhook_scan_create(
    *,
    api: Annotated[AiIndexApi, Depends(ai_index_api)],
    body: Annotated[models.ScanWebhookRequest, Body()],
) -> models.ScanWebhookResponse:
    return await api.ai_index_webhook_scan_create(body=body)
