"""Routes for the operations tagged `ai-finetuning`: each calls `AiFinetuningApi`."""

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiFinetuningApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-finetuning"])


async def ai_finetuning_api(request: Request) -> AiFinetuningApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiFinetuningApi):
        return implementation
    return AiFinetuningApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_finetuning_api = ApiKeyGuard(ai_finetuning_api)


@router.get(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/",
    operation_id="ai_finetuning_v1_org_user_datasets_list",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.PaginatedDataSetList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_datasets_list(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    date_created: Annotated[str | None, Query()] = None,
    num_data_points: Annotated[int | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    retry_attempts: Annotated[int | None, Query()] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    status: Annotated[
        Literal["pending", "processing", "completed", "failed"] | None,
        Query(
            description="* `pending` - Pending * `processing` - Processing * `completed` - Completed * `failed` - Failed"
        ),
    ] = None,
) -> models.PaginatedDataSetList:
    return await api.ai_finetuning_v1_org_user_datasets_list(
        org=org,
        username=username,
        date_created=date_created,
        num_data_points=num_data_points,
        ordering=ordering,
        page=page,
        page_size=page_size,
        retry_attempts=retry_attempts,
        search=search,
        status=status,
    )


@router.post(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/",
    operation_id="ai_finetuning_v1_org_user_datasets_create",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=201,
    response_model=models.DataSetCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_datasets_create(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.DataSetCreateRequest, Body()],
) -> models.DataSetCreate:
    return await api.ai_finetuning_v1_org_user_datasets_create(
        org=org, username=username, body=body
    )


@router.get(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/",
    operation_id="ai_finetuning_v1_org_user_datasets_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.DataSet,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_datasets_retrieve(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    id: Annotated[str, Path(description="A UUID string identifying this data set.")],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.DataSet:
    return await api.ai_finetuning_v1_org_user_datasets_retrieve(id=id, org=org, username=username)


@router.put(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/",
    operation_id="ai_finetuning_v1_org_user_datasets_update",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.DataSet,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_datasets_update(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    id: Annotated[str, Path(description="A UUID string identifying this data set.")],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.DataSetRequest, Body()],
) -> models.DataSet:
    return await api.ai_finetuning_v1_org_user_datasets_update(
        id=id, org=org, username=username, body=body
    )


@router.delete(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/",
    operation_id="ai_finetuning_v1_org_user_datasets_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_finetuning_v1_org_user_datasets_destroy(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    id: Annotated[str, Path(description="A UUID string identifying this data set.")],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.ai_finetuning_v1_org_user_datasets_destroy(id=id, org=org, username=username)
    return Response(status_code=204)


@router.patch(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/",
    operation_id="ai_finetuning_v1_org_user_datasets_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.DataSet,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_datasets_partial_update(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    request: Request,
    id: Annotated[str, Path(description="A UUID string identifying this data set.")],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.PatchedDataSet | None, Body()] = None,
) -> models.DataSet:
    await reject_json_null(request, body)
    return await api.ai_finetuning_v1_org_user_datasets_partial_update(
        id=id, org=org, username=username, body=body
    )


@router.get(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/",
    operation_id="ai_finetuning_v1_org_user_trainings_list",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.PaginatedTrainingList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_trainings_list(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    base_model_name: Annotated[str | None, Query()] = None,
    dataset: Annotated[str | None, Query()] = None,
    date_created: Annotated[str | None, Query()] = None,
    fine_tuned_model: Annotated[str | None, Query()] = None,
    last_modified: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    preprocess_dataset: Annotated[bool | None, Query()] = None,
    provider: Annotated[Literal["openai"] | None, Query(description="* `openai` - Openai")] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    status: Annotated[
        Literal["pending", "processing", "completed", "cancelled", "failed"] | None,
        Query(
            description="* `pending` - Pending * `processing` - Processing * `completed` - Completed * `cancelled` - Cancelled * `failed` - Failed"
        ),
    ] = None,
) -> models.PaginatedTrainingList:
    return await api.ai_finetuning_v1_org_user_trainings_list(
        org=org,
        username=username,
        base_model_name=base_model_name,
        dataset=dataset,
        date_created=date_created,
        fine_tuned_model=fine_tuned_model,
        last_modified=last_modified,
        ordering=ordering,
        page=page,
        page_size=page_size,
        preprocess_dataset=preprocess_dataset,
        provider=provider,
        search=search,
        status=status,
    )


@router.post(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/",
    operation_id="ai_finetuning_v1_org_user_trainings_create",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=201,
    response_model=models.TrainingCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_trainings_create(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.TrainingCreateRequest, Body()],
) -> models.TrainingCreate:
    return await api.ai_finetuning_v1_org_user_trainings_create(
        org=org, username=username, body=body
    )


@router.get(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/",
    operation_id="ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve",
    description="Retrieves a paginated list of completed fine-tuned models, excluding those without a fine-tuned model. Filtering and pagination is allowed.  NB: This is only a helper endpoint. The same functionality can be achieved with the appropriate filters using the     training list endpoint. Returns:     Response: A paginated response containing the serialized fine-tuned models.",
    status_code=200,
    response_model=models.Training,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Training:
    return await api.ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve(
        org=org, username=username
    )


@router.get(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/",
    operation_id="ai_finetuning_v1_org_user_trainings_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.Training,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_trainings_retrieve(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    id: Annotated[str, Path(description="A UUID string identifying this training.")],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Training:
    return await api.ai_finetuning_v1_org_user_trainings_retrieve(id=id, org=org, username=username)


@router.put(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/",
    operation_id="ai_finetuning_v1_org_user_trainings_update",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.TrainingCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_trainings_update(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    id: Annotated[str, Path(description="A UUID string identifying this training.")],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.TrainingCreateRequest, Body()],
) -> models.TrainingCreate:
    return await api.ai_finetuning_v1_org_user_trainings_update(
        id=id, org=org, username=username, body=body
    )


@router.delete(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/",
    operation_id="ai_finetuning_v1_org_user_trainings_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_finetuning_v1_org_user_trainings_destroy(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    id: Annotated[str, Path(description="A UUID string identifying this training.")],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.ai_finetuning_v1_org_user_trainings_destroy(id=id, org=org, username=username)
    return Response(status_code=204)


@router.patch(
    "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/",
    operation_id="ai_finetuning_v1_org_user_trainings_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.TrainingCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_finetuning_v1_org_user_trainings_partial_update(
    *,
    api: Annotated[AiFinetuningApi, Security(secured_ai_finetuning_api)],
    request: Request,
    id: Annotated[str, Path(description="A UUID string identifying this training.")],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.PatchedTrainingCreate | None, Body()] = None,
) -> models.TrainingCreate:
    await reject_json_null(request, body)
    return await api.ai_finetuning_v1_org_user_trainings_partial_update(
        id=id, org=org, username=username, body=body
    )
