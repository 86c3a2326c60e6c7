"""Routes for the operations tagged `notifications`: each calls `NotificationsApi`."""

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import NotificationsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["notifications"])


async def notifications_api(request: Request) -> NotificationsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, NotificationsApi):
        return implementation
    return NotificationsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_notifications_api = ApiKeyGuard(notifications_api)


@router.get(
    "/api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/",
    operation_id="notification_v1_campaigns_unsubscribe_retrieve",
    description="Unsubscribe from a campaign using a hash",
    status_code=200,
    response_model=models.NotificationV1CampaignsUnsubscribeRetrieveResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_campaigns_unsubscribe_retrieve(
    *,
    api: Annotated[NotificationsApi, Depends(notifications_api)],
    unsubscribe_hash: Annotated[str, Path()],
) -> models.NotificationV1CampaignsUnsubscribeRetrieveResponse:
    return await api.notification_v1_campaigns_unsubscribe_retrieve(
        unsubscribe_hash=unsubscribe_hash
    )


@router.get(
    "/api/notification/v1/orgs/{org}/notifications/",
    operation_id="notification_v1_orgs_notifications_retrieve",
    description="Get notifications for a user. Requires: Ibl.Notifications/Notification/list",
    status_code=200,
    response_model=models.Notification,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_notifications_retrieve(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    org: Annotated[str, Path()],
    channel: Annotated[
        str | None, Query(min_length=1, description="Filter by delivery channel")
    ] = None,
    end_date: Annotated[
        str | None, Query(min_length=1, description="Filter notifications until this date")
    ] = None,
    exclude_channel: Annotated[
        str | None, Query(min_length=1, description="Exclude notifications from this channel")
    ] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="Filter notifications from this date")
    ] = None,
    status: Annotated[
        str | None, Query(min_length=1, description="Filter by notification status")
    ] = None,
) -> models.Notification:
    return await api.notification_v1_orgs_notifications_retrieve(
        org=org,
        channel=channel,
        end_date=end_date,
        exclude_channel=exclude_channel,
        start_date=start_date,
        status=status,
    )


@router.put(
    "/api/notification/v1/orgs/{org}/notifications/",
    operation_id="notification_v1_orgs_notifications_update",
    description="Update notification status for a user. Requires: Ibl.Notifications/Notification/write",
    status_code=200,
    response_model=models.Notification,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_notifications_update(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.NotificationsUpdate, Body()],
) -> models.Notification:
    return await api.notification_v1_orgs_notifications_update(org=org, body=body)


@router.patch(
    "/api/notification/v1/orgs/{org}/notifications/bulk-update/",
    operation_id="notification_v1_orgs_notifications_bulk_update_partial_update",
    description="Bulk update notification status for a user. Requires: Ibl.Notifications/Notification/write",
    status_code=200,
    response_model=models.Notification,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_notifications_bulk_update_partial_update(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    request: Request,
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedNotification | None, Body()] = None,
) -> models.Notification:
    await reject_json_null(request, body)
    return await api.notification_v1_orgs_notifications_bulk_update_partial_update(
        org=org, body=body
    )


@router.get(
    "/api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/",
    operation_id="notification_v1_orgs_users_notifications_count_retrieve",
    description="Get notifications count for a user. Requires: Ibl.Notifications/Notification/list",
    status_code=200,
    response_model=models.NotificationCount,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_users_notifications_count_retrieve(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    channel: Annotated[
        str | None, Query(min_length=1, description="Filter count by delivery channel")
    ] = None,
    status: Annotated[
        Literal["READ", "UNREAD", "CANCELLED"] | None,
        Query(
            min_length=1,
            description="Filter count by notification status  * `READ` - Read * `UNREAD` - Unread * `CANCELLED` - Cancelled",
        ),
    ] = None,
) -> models.NotificationCount:
    return await api.notification_v1_orgs_users_notifications_count_retrieve(
        org=org, user_id=user_id, channel=channel, status=status
    )


@router.get(
    "/api/notification/v1/orgs/{org}/users/{user_id}/notifications/",
    operation_id="notification_v1_orgs_users_notifications_retrieve",
    description="Get notifications for a user. Requires: Ibl.Notifications/Notification/list",
    status_code=200,
    response_model=models.Notification,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_users_notifications_retrieve(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    channel: Annotated[
        str | None, Query(min_length=1, description="Filter by delivery channel")
    ] = None,
    end_date: Annotated[
        str | None, Query(min_length=1, description="Filter notifications until this date")
    ] = None,
    exclude_channel: Annotated[
        str | None, Query(min_length=1, description="Exclude notifications from this channel")
    ] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="Filter notifications from this date")
    ] = None,
    status: Annotated[
        str | None, Query(min_length=1, description="Filter by notification status")
    ] = None,
) -> models.Notification:
    return await api.notification_v1_orgs_users_notifications_retrieve(
        org=org,
        user_id=user_id,
        channel=channel,
        end_date=end_date,
        exclude_channel=exclude_channel,
        start_date=start_date,
        status=status,
    )


@router.put(
    "/api/notification/v1/orgs/{org}/users/{user_id}/notifications/",
    operation_id="notification_v1_orgs_users_notifications_update",
    description="Update notification status for a user. Requires: Ibl.Notifications/Notification/write",
    status_code=200,
    response_model=models.Notification,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_users_notifications_update(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.NotificationsUpdate, Body()],
) -> models.Notification:
    return await api.notification_v1_orgs_users_notifications_update(
        org=org, user_id=user_id, body=body
    )


@router.patch(
    "/api/notification/v1/orgs/{org}/users/{user_id}/notifications/bulk-update/",
    operation_id="notification_v1_orgs_users_notifications_bulk_update_partial_update",
    description="Bulk update notification status for a user. Requires: Ibl.Notifications/Notification/write",
    status_code=200,
    response_model=models.Notification,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_users_notifications_bulk_update_partial_update(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedNotification | None, Body()] = None,
) -> models.Notification:
    await reject_json_null(request, body)
    return await api.notification_v1_orgs_users_notifications_bulk_update_partial_update(
        org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/notification/v1/orgs/{org}/users/{user_id}/notifications/{notification_id}/",
    operation_id="notification_v1_orgs_users_notifications_destroy",
    description="Delete a notification for a user. Requires: Ibl.Notifications/Notification/delete",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def notification_v1_orgs_users_notifications_destroy(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    notification_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.notification_v1_orgs_users_notifications_destroy(
        notification_id=notification_id, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.post(
    "/api/notification/v1/orgs/{platform_key}/campaigns/enable/",
    operation_id="notification_v1_orgs_campaigns_enable_create",
    description="Re-enable campaigns for a user. Requires: Ibl.Notifications/Campaigns/action",
    status_code=200,
    response_model=models.NotificationV1OrgsCampaignsEnableCreateResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_campaigns_enable_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    request: Request,
    platform_key: Annotated[str, Path()],
    body: Annotated[models.CampaignEnablement | None, Body()] = None,
) -> models.NotificationV1OrgsCampaignsEnableCreateResponse:
    await reject_json_null(request, body)
    return await api.notification_v1_orgs_campaigns_enable_create(
        platform_key=platform_key, body=body
    )


@router.post(
    "/api/notification/v1/orgs/{platform_key}/campaigns/exclude/",
    operation_id="notification_v1_orgs_campaigns_exclude_create",
    description="Exclude a user from specified campaigns. Requires: Ibl.Notifications/Campaigns/action",
    status_code=200,
    response_model=models.NotificationV1OrgsCampaignsExcludeCreateResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_campaigns_exclude_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    request: Request,
    platform_key: Annotated[str, Path()],
    body: Annotated[models.CampaignExclusion | None, Body()] = None,
) -> models.NotificationV1OrgsCampaignsExcludeCreateResponse:
    await reject_json_null(request, body)
    return await api.notification_v1_orgs_campaigns_exclude_create(
        platform_key=platform_key, body=body
    )


@router.post(
    "/api/notification/v1/orgs/{platform_key}/mark-all-as-read",
    operation_id="notification_v1_orgs_mark_all_as_read_create",
    description="Mark all notifications as read for a user. Optionally provide specific notification IDs. Requires: Ibl.Notifications/Notification/write",
    status_code=200,
    response_model=models.MarkAllReadResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_mark_all_as_read_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    request: Request,
    platform_key: Annotated[str, Path()],
    body: Annotated[models.MarkAllReadRequest | None, Body()] = None,
) -> models.MarkAllReadResponse:
    await reject_json_null(request, body)
    return await api.notification_v1_orgs_mark_all_as_read_create(
        platform_key=platform_key, body=body
    )


@router.get(
    "/api/notification/v1/orgs/{platform_key}/notification-builder/context/",
    operation_id="notification_v1_orgs_notification_builder_context_retrieve",
    summary="Get notification context data",
    description="Get all context data needed for notification building including templates, channels, and platforms",
    status_code=200,
    response_model=models.ContextResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_notification_builder_context_retrieve(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    platform_key: Annotated[str, Path()],
) -> models.ContextResponse:
    return await api.notification_v1_orgs_notification_builder_context_retrieve(
        platform_key=platform_key
    )


@router.post(
    "/api/notification/v1/orgs/{platform_key}/notification-builder/preview/",
    operation_id="notification_v1_orgs_notification_builder_preview_create",
    summary="Preview notification",
    description="Preview notification recipients and get build ID for sending",
    status_code=200,
    response_model=models.PreviewResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_notification_builder_preview_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.NotificationPreview, Body()],
) -> models.PreviewResponse:
    return await api.notification_v1_orgs_notification_builder_preview_create(
        platform_key=platform_key, body=body
    )


@router.post(
    "/api/notification/v1/orgs/{platform_key}/notification-builder/send/",
    operation_id="notification_v1_orgs_notification_builder_send_create",
    summary="Send notification",
    description="Send notifications to all recipients in a build",
    status_code=200,
    response_model=models.SendResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_notification_builder_send_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.SendNotification, Body()],
) -> models.SendResponse:
    return await api.notification_v1_orgs_notification_builder_send_create(
        platform_key=platform_key, body=body
    )


@router.post(
    "/api/notification/v1/orgs/{platform_key}/notification-builder/validate_source/",
    operation_id="notification_v1_orgs_notification_builder_validate_source_create",
    summary="Validate notification source",
    description="Validate a single notification source (email, username, platform, csv)",
    status_code=200,
    response_model=models.ValidateSourceResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_notification_builder_validate_source_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.NotificationSource, Body()],
) -> models.ValidateSourceResponse:
    return await api.notification_v1_orgs_notification_builder_validate_source_create(
        platform_key=platform_key, body=body
    )


@router.get(
    "/api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/",
    operation_id="notification_v1_orgs_notification_builder_recipients_list",
    summary="Get build recipients",
    description="Get paginated list of recipients for a notification build",
    status_code=200,
    response_model=list[models.Recipient],
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_orgs_notification_builder_recipients_list(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    page: Annotated[int | None, Query(description="Page number")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    search: Annotated[
        str | None, Query(description="Search recipients by username or email")
    ] = None,
) -> list[models.Recipient]:
    return await api.notification_v1_orgs_notification_builder_recipients_list(
        id=id, platform_key=platform_key, page=page, page_size=page_size, search=search
    )


@router.post(
    "/api/notification/v1/platforms/{platform_key}/config/test-smtp/",
    operation_id="notification_v1_platforms_config_test_smtp_create",
    summary="Test SMTP credentials for a platform",
    description="Test SMTP credentials by sending a test email to the specified address. Requires: Ibl.Notifications/SMTP/action",
    status_code=200,
    response_model=models.TestSMTPResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_platforms_config_test_smtp_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.TestSMTPCredentials, Body()],
) -> models.TestSMTPResponse:
    return await api.notification_v1_platforms_config_test_smtp_create(
        platform_key=platform_key, body=body
    )


@router.get(
    "/api/notification/v1/platforms/{platform_key}/templates/",
    operation_id="notification_v1_platforms_templates_list",
    summary="List notification templates",
    description="Get all notification templates for the platform. Includes both platform-specific and inherited templates from main. Requires permission: Ibl.Notifications/NotificationTemplate/list",
    status_code=200,
    response_model=list[models.NotificationTemplateList],
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_platforms_templates_list(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    platform_key: Annotated[str, Path()],
) -> list[models.NotificationTemplateList]:
    return await api.notification_v1_platforms_templates_list(platform_key=platform_key)


@router.get(
    "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/",
    operation_id="notification_v1_platforms_templates_retrieve",
    summary="Get notification template details",
    description="Get detailed view of a notification template by type. Returns platform-specific template if exists, otherwise main template. Requires permission: Ibl.Notifications/NotificationTemplate/read",
    status_code=200,
    response_model=models.NotificationTemplateDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_platforms_templates_retrieve(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    notification_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> models.NotificationTemplateDetail:
    return await api.notification_v1_platforms_templates_retrieve(
        notification_type=notification_type, platform_key=platform_key
    )


@router.patch(
    "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/",
    operation_id="notification_v1_platforms_templates_partial_update",
    summary="Update notification template",
    description="Update notification template. Creates platform-specific copy on first edit. Requires permission: Ibl.Notifications/NotificationTemplate/write",
    status_code=200,
    response_model=models.NotificationTemplateDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_platforms_templates_partial_update(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    request: Request,
    notification_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.PatchedNotificationTemplateDetail | None, Body()] = None,
) -> models.NotificationTemplateDetail:
    await reject_json_null(request, body)
    return await api.notification_v1_platforms_templates_partial_update(
        notification_type=notification_type, platform_key=platform_key, body=body
    )


@router.post(
    "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/",
    operation_id="notification_v1_platforms_templates_reset_create",
    summary="Reset template to default",
    description="Delete platform-specific template override and revert to main template. Notification preference (on/off) is preserved. Requires permission: Ibl.Notifications/NotificationTemplate/write",
    status_code=200,
    response_model=models.NotificationV1PlatformsTemplatesResetCreateResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_platforms_templates_reset_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    notification_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> models.NotificationV1PlatformsTemplatesResetCreateResponse:
    return await api.notification_v1_platforms_templates_reset_create(
        notification_type=notification_type, platform_key=platform_key
    )


@router.post(
    "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/test/",
    operation_id="notification_v1_platforms_templates_test_create",
    summary="Send test notification",
    description="Send a test notification to verify template rendering and delivery. Sends to the requesting admin's email or a specified test email. Requires permission: Ibl.Notifications/NotificationTemplate/action",
    status_code=200,
    response_model=models.NotificationTemplateTestResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_platforms_templates_test_create(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    request: Request,
    notification_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.NotificationTemplateTest | None, Body()] = None,
) -> models.NotificationTemplateTestResponse:
    await reject_json_null(request, body)
    return await api.notification_v1_platforms_templates_test_create(
        notification_type=notification_type, platform_key=platform_key, body=body
    )


@router.patch(
    "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/",
    operation_id="notification_v1_platforms_templates_toggle_partial_update",
    summary="Toggle notification preference",
    description="Enable or disable a notification type for the platform. This sets the NotificationPreference, not the template. Requires permission: Ibl.Notifications/NotificationTemplate/write",
    status_code=200,
    response_model=models.NotificationToggle,
    response_model_exclude_unset=True,
    response_description="",
)
async def notification_v1_platforms_templates_toggle_partial_update(
    *,
    api: Annotated[NotificationsApi, Security(secured_notifications_api)],
    request: Request,
    notification_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.PatchedNotificationToggle | None, Body()] = None,
) -> models.NotificationToggle:
    await reject_json_null(request, body)
    return await api.notification_v1_platforms_templates_toggle_partial_update(
        notification_type=notification_type, platform_key=platform_key, body=body
    )
