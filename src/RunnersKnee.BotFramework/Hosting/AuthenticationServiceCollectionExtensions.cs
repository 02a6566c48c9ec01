using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>Inbound authentication: the bot's identity (validated at start-up) and the channel token validators.</summary>
internal static class AuthenticationServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddBotAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // From the root: MicrosoftAppType/Id/Password/TenantId keep the names Azure Bot Service writes.
        services.AddOptions<BotAuthenticationOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName).AddStandardResilienceHandler();
        services.TryAddSingleton<MetadataDocumentRetriever>();
        services.TryAddSingleton<BotFrameworkTokenValidator>();
        services.TryAddSingleton<EntraTokenValidator>();
        services.TryAddSingleton<IChannelAuthenticator, ChannelTokenAuthenticator>();
        services.AddHostedService<BotAuthenticationStartupLog>();
        return builder;
    }
}
