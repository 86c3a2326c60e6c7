"""Routes for the operations tagged `ai-media`: each calls `AiMediaApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Request, Response, Security

from .. import models
from ..interfaces import AiMediaApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-media"])


async def ai_media_api(request: Request) -> AiMediaApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiMediaApi):
        return implementation
    return AiMediaApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_media_api = ApiKeyGuard(ai_media_api)


@router.get(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/",
    operation_id="ai_media_orgs_users_heygen_templates_list",
    description="API view to list or append Heygen template ids for a tenant.",
    status_code=200,
    response_model=models.PaginatedHeygenTemplateResponseSingleList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_heygen_templates_list(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
) -> models.PaginatedHeygenTemplateResponseSingleList:
    return await api.ai_media_orgs_users_heygen_templates_list(org=org, user_id=user_id, page=page)


@router.post(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/",
    operation_id="ai_media_orgs_users_heygen_templates_create",
    description="Endpoint to add a Heygen template id to an org.  Only platform admins have access to this endpoint.",
    status_code=200,
    response_model=models.HeygenTemplateResponseSingle,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_heygen_templates_create(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.HeygenTemplateRequest, Body()],
) -> models.HeygenTemplateResponseSingle:
    return await api.ai_media_orgs_users_heygen_templates_create(
        org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/{template_name}/",
    operation_id="ai_media_orgs_users_heygen_templates_destroy",
    description="Endpoint to delete a Heygen template id for an org.   The reponse status code is always 204 when no error.   Only platform admins have access to this endpoint.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_heygen_templates_destroy(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    template_name: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_heygen_templates_destroy(
        org=org, template_name=template_name, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/video-captions/{heygen_marketing_video_id}/",
    operation_id="ai_media_orgs_users_heygen_video_captions_retrieve",
    description="Endpoint to download caption for a video.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_heygen_video_captions_retrieve(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    heygen_marketing_video_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_heygen_video_captions_retrieve(
        heygen_marketing_video_id=heygen_marketing_video_id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/video-captions/{heygen_marketing_video_id}/",
    operation_id="ai_media_orgs_users_heygen_video_captions_create",
    description="Endpoint to upload a new caption for a generated video.  Only platform admins have access to this endpoint.",
    status_code=200,
    response_model=models.HeygenVideoDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_heygen_video_captions_create(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    heygen_marketing_video_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMediaOrgsUsersHeygenVideoCaptionsCreateBody, Body()],
) -> models.HeygenVideoDetail:
    return await api.ai_media_orgs_users_heygen_video_captions_create(
        heygen_marketing_video_id=heygen_marketing_video_id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/video-download/{heygen_marketing_video_id}/",
    operation_id="ai_media_orgs_users_heygen_video_download_retrieve",
    description="Endpoint used to download a heygen video.   Only platform admins have access to this endpoint.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_heygen_video_download_retrieve(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    heygen_marketing_video_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_heygen_video_download_retrieve(
        heygen_marketing_video_id=heygen_marketing_video_id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/",
    operation_id="ai_media_orgs_users_heygen_videos_list",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.PaginatedHeygenMarketingVideoListList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_heygen_videos_list(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
) -> models.PaginatedHeygenMarketingVideoListList:
    return await api.ai_media_orgs_users_heygen_videos_list(org=org, user_id=user_id, page=page)


@router.post(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/",
    operation_id="ai_media_orgs_users_heygen_videos_create",
    description="Endpoint to create a Heygen video  Only platform admins have access to this endpoint.",
    status_code=200,
    response_model=models.HeygenVideoDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_heygen_videos_create(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.HeygenVideoRequest, Body()],
) -> models.HeygenVideoDetail:
    return await api.ai_media_orgs_users_heygen_videos_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/",
    operation_id="ai_media_orgs_users_heygen_videos_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.HeygenVideoDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_heygen_videos_retrieve(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    heygen_marketing_video_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.HeygenVideoDetail:
    return await api.ai_media_orgs_users_heygen_videos_retrieve(
        heygen_marketing_video_id=heygen_marketing_video_id, org=org, user_id=user_id
    )


@router.delete(
    "/api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/",
    operation_id="ai_media_orgs_users_heygen_videos_destroy",
    description="Endpoint used to delete a heygen video.  Only platform admins have access to this endpoint.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_heygen_videos_destroy(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    heygen_marketing_video_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_heygen_videos_destroy(
        heygen_marketing_video_id=heygen_marketing_video_id, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/ai-media/orgs/{org}/users/{user_id}/veo/video-download/{veo_video_id}/",
    operation_id="ai_media_orgs_users_veo_video_download_retrieve",
    description="Endpoint used to download a Veo video.   Only platform admins have access to this endpoint.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_veo_video_download_retrieve(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    veo_video_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_veo_video_download_retrieve(
        org=org, user_id=user_id, veo_video_id=veo_video_id
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-media/orgs/{org}/users/{user_id}/veo/videos/",
    operation_id="ai_media_orgs_users_veo_videos_list",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.PaginatedVeoVideoListList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_veo_videos_list(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
) -> models.PaginatedVeoVideoListList:
    return await api.ai_media_orgs_users_veo_videos_list(org=org, user_id=user_id, page=page)


@router.post(
    "/api/ai-media/orgs/{org}/users/{user_id}/veo/videos/",
    operation_id="ai_media_orgs_users_veo_videos_create",
    description="Endpoint to create a Veo3 video  Only platform admins have access to this endpoint.",
    status_code=200,
    response_model=models.VeoVideoDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_veo_videos_create(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMediaOrgsUsersVeoVideosCreateBody, Body()],
) -> models.VeoVideoDetail:
    return await api.ai_media_orgs_users_veo_videos_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-media/orgs/{org}/users/{user_id}/veo/videos/{veo_video_id}/",
    operation_id="ai_media_orgs_users_veo_videos_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.VeoVideoDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_media_orgs_users_veo_videos_retrieve(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    veo_video_id: Annotated[str, Path()],
) -> models.VeoVideoDetail:
    return await api.ai_media_orgs_users_veo_videos_retrieve(
        org=org, user_id=user_id, veo_video_id=veo_video_id
    )


@router.delete(
    "/api/ai-media/orgs/{org}/users/{user_id}/veo/videos/{veo_video_id}/",
    operation_id="ai_media_orgs_users_veo_videos_destroy",
    description="Endpoint used to delete a veo3 video.  Only platform admins have access to this endpoint.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_veo_videos_destroy(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    veo_video_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_veo_videos_destroy(
        org=org, user_id=user_id, veo_video_id=veo_video_id
    )
    return Response(status_code=204)


@router.post(
    "/api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/audio/",
    operation_id="ai_media_orgs_users_video_script_generation_audio_create",
    description='Endpoint to generate video scripts from a audio file. The audio file can be one of mp3 and wav.  The request should be a multipart form with your audio file in the `file` field.  Initial Response: ``` {"script": None, "status": "started_generation", "generation_id": "your-generation-id."} ``` This signals the generation has started. You can use the generation id to query video script generation status from this endpoint, using a JSON like below: ``` {"generation_id": "your-generation-id"} ```  Example response: ``` {"script": "hello this is a video script.", "status": "finished", "generation_id": "your-generation-id"}  ```',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_video_script_generation_audio_create(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_video_script_generation_audio_create(org=org, user_id=user_id)
    return Response(status_code=200)


@router.post(
    "/api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/document/",
    operation_id="ai_media_orgs_users_video_script_generation_document_create",
    description='Endpoint to generate video scripts from a document file. The document file can be one of docx, doc, pptx, ppt, txt and pdf.      The request should be a multipart form with your document file in the `file` field. Initial Response:     ```     {"script": None, "status": "started_generation", "generation_id": "your-generation-id."}     ```     This signals the generation has started. You can use the generation id to query video script generation status from this endpoint, using a JSON like below:     ```     {"generation_id": "your-generation-id"}     ```      Example response:     ```     {"script": "hello this is a video script.", "status": "finished", "generation_id": "your-generation-id"}      ```',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_video_script_generation_document_create(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_video_script_generation_document_create(org=org, user_id=user_id)
    return Response(status_code=200)


@router.post(
    "/api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/text/",
    operation_id="ai_media_orgs_users_video_script_generation_text_create",
    description='Endpoint to generate video scripts from a text.  The request body should be a JSON with your text, like below: ``` {"text": "Generate a script about a campus comedy."} ```  Example response: ``` {"script": "hello this is a video script."}  ```',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_media_orgs_users_video_script_generation_text_create(
    *,
    api: Annotated[AiMediaApi, Security(secured_ai_media_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_media_orgs_users_video_script_generation_text_create(org=org, user_id=user_id)
    return Response(status_code=200)
