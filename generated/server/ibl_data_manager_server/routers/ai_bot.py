"""Routes for the operations tagged `ai-bot`: each calls `AiBotApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiBotApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-bot"])


async def ai_bot_api(request: Request) -> AiBotApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiBotApi):
        return implementation
    return AiBotApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_bot_api = ApiKeyGuard(ai_bot_api)


@router.post(
    "/api/ai-bot/v1/bots/webhooks/{org}/discord/{name}/",
    operation_id="ai_bot_v1_bots_webhooks_discord_create",
    description="Webhook endpoint to receive and process discord messages.",
    status_code=200,
    response_model=models.DiscordWebhook,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_webhooks_discord_create(
    *,
    api: Annotated[AiBotApi, Depends(ai_bot_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.DiscordWebhook, Body()],
) -> models.DiscordWebhook:
    return await api.ai_bot_v1_bots_webhooks_discord_create(name=name, org=org, body=body)


@router.post(
    "/api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/",
    operation_id="ai_bot_v1_bots_webhooks_slack_create",
    status_code=200,
    response_model=models.SlackWebhook,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_webhooks_slack_create(
    *,
    api: Annotated[AiBotApi, Depends(ai_bot_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.SlackWebhook, Body()],
) -> models.SlackWebhook:
    return await api.ai_bot_v1_bots_webhooks_slack_create(name=name, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/",
    operation_id="ai_bot_v1_bots_webhooks_teams_retrieve",
    status_code=200,
    response_model=models.TeamsWebhook,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_webhooks_teams_retrieve(
    *,
    api: Annotated[AiBotApi, Depends(ai_bot_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> models.TeamsWebhook:
    return await api.ai_bot_v1_bots_webhooks_teams_retrieve(name=name, org=org)


@router.post(
    "/api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/",
    operation_id="ai_bot_v1_bots_webhooks_teams_create",
    status_code=200,
    response_model=models.TeamsWebhook,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_webhooks_teams_create(
    *,
    api: Annotated[AiBotApi, Depends(ai_bot_api)],
    request: Request,
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.TeamsWebhook | None, Body()] = None,
) -> models.TeamsWebhook:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_webhooks_teams_create(name=name, org=org, body=body)


@router.post(
    "/api/ai-bot/v1/bots/webhooks/{org}/webex/{name}/",
    operation_id="ai_bot_v1_bots_webhooks_webex_create",
    description="Webhook endpoint to receive and process discord messages.",
    status_code=200,
    response_model=models.WebexWebhook,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_webhooks_webex_create(
    *,
    api: Annotated[AiBotApi, Depends(ai_bot_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.WebexWebhook, Body()],
) -> models.WebexWebhook:
    return await api.ai_bot_v1_bots_webhooks_webex_create(name=name, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/webhooks/{org}/whatsapp/{name}/",
    operation_id="ai_bot_v1_bots_webhooks_whatsapp_retrieve",
    description="Respond to whatsapp's webhook challenge. Parameters Required include the tenant key (org) and the name of the bot: (name)",
    status_code=200,
    response_model=models.WhatAppWebHook,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_webhooks_whatsapp_retrieve(
    *,
    api: Annotated[AiBotApi, Depends(ai_bot_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> models.WhatAppWebHook:
    return await api.ai_bot_v1_bots_webhooks_whatsapp_retrieve(name=name, org=org)


@router.post(
    "/api/ai-bot/v1/bots/webhooks/{org}/whatsapp/{name}/",
    operation_id="ai_bot_v1_bots_webhooks_whatsapp_create",
    description="Accept and process webhook events from whatsapp.",
    status_code=200,
    response_model=models.WhatAppWebHook,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_webhooks_whatsapp_create(
    *,
    api: Annotated[AiBotApi, Depends(ai_bot_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.WhatAppWebHook, Body()],
) -> models.WhatAppWebHook:
    return await api.ai_bot_v1_bots_webhooks_whatsapp_create(name=name, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot-commands/",
    operation_id="ai_bot_v1_bots_bot_commands_list",
    description="Create slash commands for a specific bot eg. /iblai-baseline",
    status_code=200,
    response_model=list[models.BotCommand],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_commands_list(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
) -> list[models.BotCommand]:
    return await api.ai_bot_v1_bots_bot_commands_list(org=org)


@router.post(
    "/api/ai-bot/v1/bots/{org}/bot-commands/",
    operation_id="ai_bot_v1_bots_bot_commands_create",
    description="Create slash commands for a specific bot eg. /iblai-baseline",
    status_code=201,
    response_model=models.BotCommand,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_commands_create(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.BotCommandRequest, Body()],
) -> models.BotCommand:
    return await api.ai_bot_v1_bots_bot_commands_create(org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot-commands/{id}/",
    operation_id="ai_bot_v1_bots_bot_commands_retrieve",
    description="Create slash commands for a specific bot eg. /iblai-baseline",
    status_code=200,
    response_model=models.BotCommand,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_commands_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot command.")],
    org: Annotated[str, Path()],
) -> models.BotCommand:
    return await api.ai_bot_v1_bots_bot_commands_retrieve(id=id, org=org)


@router.put(
    "/api/ai-bot/v1/bots/{org}/bot-commands/{id}/",
    operation_id="ai_bot_v1_bots_bot_commands_update",
    description="Create slash commands for a specific bot eg. /iblai-baseline",
    status_code=200,
    response_model=models.BotCommand,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_commands_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot command.")],
    org: Annotated[str, Path()],
    body: Annotated[models.BotCommandRequest, Body()],
) -> models.BotCommand:
    return await api.ai_bot_v1_bots_bot_commands_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-bot/v1/bots/{org}/bot-commands/{id}/",
    operation_id="ai_bot_v1_bots_bot_commands_destroy",
    description="Create slash commands for a specific bot eg. /iblai-baseline",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_bot_v1_bots_bot_commands_destroy(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot command.")],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_bot_v1_bots_bot_commands_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/bot-commands/{id}/",
    operation_id="ai_bot_v1_bots_bot_commands_partial_update",
    description="Create slash commands for a specific bot eg. /iblai-baseline",
    status_code=200,
    response_model=models.BotCommand,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_commands_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this bot command.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedBotCommand | None, Body()] = None,
) -> models.BotCommand:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_bot_commands_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot/",
    operation_id="ai_bot_v1_bots_bot_list",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=list[models.Bot],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_list(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
) -> list[models.Bot]:
    return await api.ai_bot_v1_bots_bot_list(org=org)


@router.post(
    "/api/ai-bot/v1/bots/{org}/bot/",
    operation_id="ai_bot_v1_bots_bot_create",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.BotCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_create(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.BotCreateRequest, Body()],
) -> models.BotCreate:
    return await api.ai_bot_v1_bots_bot_create(org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/",
    operation_id="ai_bot_v1_bots_bot_retrieve",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=models.Bot,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
) -> models.Bot:
    return await api.ai_bot_v1_bots_bot_retrieve(id=id, org=org)


@router.put(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/",
    operation_id="ai_bot_v1_bots_bot_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=models.BotCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.BotCreateRequest, Body()],
) -> models.BotCreate:
    return await api.ai_bot_v1_bots_bot_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/",
    operation_id="ai_bot_v1_bots_bot_destroy",
    description="Create modify and update bot information for a specific tenant.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_bot_v1_bots_bot_destroy(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_bot_v1_bots_bot_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/",
    operation_id="ai_bot_v1_bots_bot_partial_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=models.BotCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedBotCreate | None, Body()] = None,
) -> models.BotCreate:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_bot_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/discord/",
    operation_id="ai_bot_v1_bots_bot_config_discord_retrieve",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=models.DiscordConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_discord_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
) -> models.DiscordConfig:
    return await api.ai_bot_v1_bots_bot_config_discord_retrieve(id=id, org=org)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/discord/",
    operation_id="ai_bot_v1_bots_bot_config_discord_partial_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.DiscordConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_discord_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedDiscordConfig | None, Body()] = None,
) -> models.DiscordConfig:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_bot_config_discord_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/",
    operation_id="ai_bot_v1_bots_bot_config_slack_retrieve",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=models.SlackConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_slack_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
) -> models.SlackConfig:
    return await api.ai_bot_v1_bots_bot_config_slack_retrieve(id=id, org=org)


@router.put(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/",
    operation_id="ai_bot_v1_bots_bot_config_slack_update_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.SlackConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_slack_update_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.SlackConfigRequest, Body()],
) -> models.SlackConfig:
    return await api.ai_bot_v1_bots_bot_config_slack_update_update(id=id, org=org, body=body)


@router.post(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/",
    operation_id="ai_bot_v1_bots_bot_config_slack_update_create",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.SlackConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_slack_update_create(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.SlackConfigRequest, Body()],
) -> models.SlackConfig:
    return await api.ai_bot_v1_bots_bot_config_slack_update_create(id=id, org=org, body=body)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/",
    operation_id="ai_bot_v1_bots_bot_config_slack_update_partial_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.SlackConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_slack_update_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedSlackConfig | None, Body()] = None,
) -> models.SlackConfig:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_bot_config_slack_update_partial_update(
        id=id, org=org, body=body
    )


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/",
    operation_id="ai_bot_v1_bots_bot_config_teams_retrieve",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=models.TeamsConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_teams_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
) -> models.TeamsConfig:
    return await api.ai_bot_v1_bots_bot_config_teams_retrieve(id=id, org=org)


@router.put(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/",
    operation_id="ai_bot_v1_bots_bot_config_teams_update_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.TeamsConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_teams_update_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.TeamsConfigRequest, Body()],
) -> models.TeamsConfig:
    return await api.ai_bot_v1_bots_bot_config_teams_update_update(id=id, org=org, body=body)


@router.post(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/",
    operation_id="ai_bot_v1_bots_bot_config_teams_update_create",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.TeamsConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_teams_update_create(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.TeamsConfigRequest, Body()],
) -> models.TeamsConfig:
    return await api.ai_bot_v1_bots_bot_config_teams_update_create(id=id, org=org, body=body)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/",
    operation_id="ai_bot_v1_bots_bot_config_teams_update_partial_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.TeamsConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_teams_update_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedTeamsConfig | None, Body()] = None,
) -> models.TeamsConfig:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_bot_config_teams_update_partial_update(
        id=id, org=org, body=body
    )


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/",
    operation_id="ai_bot_v1_bots_bot_config_webex_retrieve",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=models.WebexConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_webex_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
) -> models.WebexConfig:
    return await api.ai_bot_v1_bots_bot_config_webex_retrieve(id=id, org=org)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/",
    operation_id="ai_bot_v1_bots_bot_config_webex_partial_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.WebexConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_webex_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedWebexConfig | None, Body()] = None,
) -> models.WebexConfig:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_bot_config_webex_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/config/whatsapp/",
    operation_id="ai_bot_v1_bots_bot_config_whatsapp_retrieve",
    description="Create modify and update bot information for a specific tenant.",
    status_code=200,
    response_model=models.WhatsappConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_config_whatsapp_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
) -> models.WhatsappConfig:
    return await api.ai_bot_v1_bots_bot_config_whatsapp_retrieve(id=id, org=org)


@router.put(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/",
    operation_id="ai_bot_v1_bots_bot_whatsapp_config_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.WhatsappConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_whatsapp_config_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.WhatsappConfigRequest, Body()],
) -> models.WhatsappConfig:
    return await api.ai_bot_v1_bots_bot_whatsapp_config_update(id=id, org=org, body=body)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/",
    operation_id="ai_bot_v1_bots_bot_whatsapp_config_partial_update",
    description="Create modify and update bot information for a specific tenant.",
    status_code=201,
    response_model=models.WhatsappConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_bot_whatsapp_config_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this bot.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedWhatsappConfig | None, Body()] = None,
) -> models.WhatsappConfig:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_bot_whatsapp_config_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/discord-user-config/",
    operation_id="ai_bot_v1_bots_discord_user_config_list",
    description="Setup discord user id linkage with discord bots this will be used to authenticate the user when interracting with discord bots. the user id can be copied from the discord app after tapping on the user profile.",
    status_code=200,
    response_model=list[models.DiscordUserConfig],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_discord_user_config_list(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
) -> list[models.DiscordUserConfig]:
    return await api.ai_bot_v1_bots_discord_user_config_list(org=org)


@router.post(
    "/api/ai-bot/v1/bots/{org}/discord-user-config/",
    operation_id="ai_bot_v1_bots_discord_user_config_create",
    description="Setup discord user id linkage with discord bots this will be used to authenticate the user when interracting with discord bots. the user id can be copied from the discord app after tapping on the user profile.",
    status_code=201,
    response_model=models.DiscordUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_discord_user_config_create(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.DiscordUserConfigRequest, Body()],
) -> models.DiscordUserConfig:
    return await api.ai_bot_v1_bots_discord_user_config_create(org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/discord-user-config/{id}/",
    operation_id="ai_bot_v1_bots_discord_user_config_retrieve",
    description="Setup discord user id linkage with discord bots this will be used to authenticate the user when interracting with discord bots. the user id can be copied from the discord app after tapping on the user profile.",
    status_code=200,
    response_model=models.DiscordUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_discord_user_config_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this discord user config.")
    ],
    org: Annotated[str, Path()],
) -> models.DiscordUserConfig:
    return await api.ai_bot_v1_bots_discord_user_config_retrieve(id=id, org=org)


@router.put(
    "/api/ai-bot/v1/bots/{org}/discord-user-config/{id}/",
    operation_id="ai_bot_v1_bots_discord_user_config_update",
    description="Setup discord user id linkage with discord bots this will be used to authenticate the user when interracting with discord bots. the user id can be copied from the discord app after tapping on the user profile.",
    status_code=200,
    response_model=models.DiscordUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_discord_user_config_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this discord user config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.DiscordUserConfigRequest, Body()],
) -> models.DiscordUserConfig:
    return await api.ai_bot_v1_bots_discord_user_config_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-bot/v1/bots/{org}/discord-user-config/{id}/",
    operation_id="ai_bot_v1_bots_discord_user_config_destroy",
    description="Setup discord user id linkage with discord bots this will be used to authenticate the user when interracting with discord bots. the user id can be copied from the discord app after tapping on the user profile.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_bot_v1_bots_discord_user_config_destroy(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this discord user config.")
    ],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_bot_v1_bots_discord_user_config_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/discord-user-config/{id}/",
    operation_id="ai_bot_v1_bots_discord_user_config_partial_update",
    description="Setup discord user id linkage with discord bots this will be used to authenticate the user when interracting with discord bots. the user id can be copied from the discord app after tapping on the user profile.",
    status_code=200,
    response_model=models.DiscordUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_discord_user_config_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this discord user config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedDiscordUserConfig | None, Body()] = None,
) -> models.DiscordUserConfig:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_discord_user_config_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/slack-user-config/",
    operation_id="ai_bot_v1_bots_slack_user_config_list",
    description="Setup slack username and domain linkage with slack bots this will be used to authenticate the user when interracting with slack bots.",
    status_code=200,
    response_model=list[models.SlackUserConfig],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_slack_user_config_list(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
) -> list[models.SlackUserConfig]:
    return await api.ai_bot_v1_bots_slack_user_config_list(org=org)


@router.post(
    "/api/ai-bot/v1/bots/{org}/slack-user-config/",
    operation_id="ai_bot_v1_bots_slack_user_config_create",
    description="Setup slack username and domain linkage with slack bots this will be used to authenticate the user when interracting with slack bots.",
    status_code=201,
    response_model=models.SlackUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_slack_user_config_create(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.SlackUserConfigRequest, Body()],
) -> models.SlackUserConfig:
    return await api.ai_bot_v1_bots_slack_user_config_create(org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/slack-user-config/{id}/",
    operation_id="ai_bot_v1_bots_slack_user_config_retrieve",
    description="Setup slack username and domain linkage with slack bots this will be used to authenticate the user when interracting with slack bots.",
    status_code=200,
    response_model=models.SlackUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_slack_user_config_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this slack user config.")
    ],
    org: Annotated[str, Path()],
) -> models.SlackUserConfig:
    return await api.ai_bot_v1_bots_slack_user_config_retrieve(id=id, org=org)


@router.put(
    "/api/ai-bot/v1/bots/{org}/slack-user-config/{id}/",
    operation_id="ai_bot_v1_bots_slack_user_config_update",
    description="Setup slack username and domain linkage with slack bots this will be used to authenticate the user when interracting with slack bots.",
    status_code=200,
    response_model=models.SlackUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_slack_user_config_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this slack user config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.SlackUserConfigRequest, Body()],
) -> models.SlackUserConfig:
    return await api.ai_bot_v1_bots_slack_user_config_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-bot/v1/bots/{org}/slack-user-config/{id}/",
    operation_id="ai_bot_v1_bots_slack_user_config_destroy",
    description="Setup slack username and domain linkage with slack bots this will be used to authenticate the user when interracting with slack bots.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_bot_v1_bots_slack_user_config_destroy(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this slack user config.")
    ],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_bot_v1_bots_slack_user_config_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/slack-user-config/{id}/",
    operation_id="ai_bot_v1_bots_slack_user_config_partial_update",
    description="Setup slack username and domain linkage with slack bots this will be used to authenticate the user when interracting with slack bots.",
    status_code=200,
    response_model=models.SlackUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_slack_user_config_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this slack user config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedSlackUserConfig | None, Body()] = None,
) -> models.SlackUserConfig:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_slack_user_config_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/whatsapp-user-config/",
    operation_id="ai_bot_v1_bots_whatsapp_user_config_list",
    description="Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and allow access to whatsapp bots.",
    status_code=200,
    response_model=list[models.WhatsappUserConfig],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_whatsapp_user_config_list(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
) -> list[models.WhatsappUserConfig]:
    return await api.ai_bot_v1_bots_whatsapp_user_config_list(org=org)


@router.post(
    "/api/ai-bot/v1/bots/{org}/whatsapp-user-config/",
    operation_id="ai_bot_v1_bots_whatsapp_user_config_create",
    description="Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and allow access to whatsapp bots.",
    status_code=201,
    response_model=models.WhatsappUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_whatsapp_user_config_create(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.WhatsappUserConfigRequest, Body()],
) -> models.WhatsappUserConfig:
    return await api.ai_bot_v1_bots_whatsapp_user_config_create(org=org, body=body)


@router.get(
    "/api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/",
    operation_id="ai_bot_v1_bots_whatsapp_user_config_retrieve",
    description="Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and allow access to whatsapp bots.",
    status_code=200,
    response_model=models.WhatsappUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_whatsapp_user_config_retrieve(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this whatsapp user config.")
    ],
    org: Annotated[str, Path()],
) -> models.WhatsappUserConfig:
    return await api.ai_bot_v1_bots_whatsapp_user_config_retrieve(id=id, org=org)


@router.put(
    "/api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/",
    operation_id="ai_bot_v1_bots_whatsapp_user_config_update",
    description="Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and allow access to whatsapp bots.",
    status_code=200,
    response_model=models.WhatsappUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_whatsapp_user_config_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this whatsapp user config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.WhatsappUserConfigRequest, Body()],
) -> models.WhatsappUserConfig:
    return await api.ai_bot_v1_bots_whatsapp_user_config_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/",
    operation_id="ai_bot_v1_bots_whatsapp_user_config_destroy",
    description="Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and allow access to whatsapp bots.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_bot_v1_bots_whatsapp_user_config_destroy(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this whatsapp user config.")
    ],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_bot_v1_bots_whatsapp_user_config_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/",
    operation_id="ai_bot_v1_bots_whatsapp_user_config_partial_update",
    description="Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and allow access to whatsapp bots.",
    status_code=200,
    response_model=models.WhatsappUserConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_bot_v1_bots_whatsapp_user_config_partial_update(
    *,
    api: Annotated[AiBotApi, Security(secured_ai_bot_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this whatsapp user config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedWhatsappUserConfig | None, Body()] = None,
) -> models.WhatsappUserConfig:
    await reject_json_null(request, body)
    return await api.ai_bot_v1_bots_whatsapp_user_config_partial_update(id=id, org=org, body=body)
