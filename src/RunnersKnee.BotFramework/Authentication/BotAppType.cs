namespace RunnersKnee.BotFramework.Authentication;

/// <summary>How the bot's identity is registered in Azure Bot Service (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>A multi-tenant app registration with a client secret; tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>An app registration in the bot's own tenant (<c>MicrosoftAppTenantId</c>) with a client secret or certificate.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity; <c>MicrosoftAppId</c> is its client id and there is no secret.</summary>
    UserAssignedMsi,
}
