using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Connector;

namespace RunnersKnee.DirectLine;

/// <summary>Registers and maps the web chat's Direct Line: the embedded Direct Line 3.0 endpoint and the page's token endpoint.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DirectLineOptions"/> (section <c>DirectLine</c>), the embedded conversations and their
    /// in-process channel, the idle-conversation sweeper and the Azure token client. The embedded endpoint is on
    /// unless the environment is Production (override with <c>DirectLine:EnableEmbedded</c>).
    /// </summary>
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var production = builder.Environment.IsProduction();
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .PostConfigure(options => options.EnableEmbedded ??= !production)
            .ValidateDataAnnotations()
            .Validate(options => DirectLineTokenService.IsValidKey(options.TokenSigningKey), "DirectLine:TokenSigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<DirectLineConversationStore>();
        services.TryAddSingleton<EmbeddedDirectLineChannel>();
        services.AddSingleton<IInProcessChannel>(sp => sp.GetRequiredService<EmbeddedDirectLineChannel>());
        services.AddSingleton<IConversationTranscript, EmbeddedDirectLineTranscript>();
        services.AddHostedService<DirectLineExpiryService>();

        services.AddHttpClient(AzureDirectLineTokenClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.TryAddSingleton<AzureDirectLineTokenClient>();
        return builder;
    }

    /// <summary>
    /// Maps <c>POST /api/directline/token</c> and, when the embedded endpoint is on, <c>/v3/directline/*</c>.
    /// The stream needs <c>app.UseWebSockets()</c> earlier in the pipeline.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        DirectLineTokenEndpoints.MapPageToken(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value.EnableEmbedded == true)
        {
            var group = endpoints.MapGroup(DirectLineHttp.BasePath).DisableAntiforgery();
            DirectLineConversationEndpoints.Map(group);
            DirectLineStreamEndpoint.Map(group);
            DirectLineTokenEndpoints.MapRefresh(group);
        }

        return endpoints;
    }
}
