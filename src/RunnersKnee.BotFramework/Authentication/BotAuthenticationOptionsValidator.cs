using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// Refuses to start with an identity that cannot work: each message names the configuration key to set. Runs at
/// start-up (<c>ValidateOnStart</c>), so a misconfigured bot never answers a channel.
/// </summary>
public sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        var settings = options.BotAuthentication;
        if (options.IsAnonymous)
        {
            if (environment.IsProduction() && !settings.AllowAnonymous)
            {
                failures.Add("MicrosoftAppId is not set, so channel tokens cannot be checked. Set MicrosoftAppId (with MicrosoftAppPassword "
                    + "or MicrosoftAppTenantId as MicrosoftAppType requires), or set BotAuthentication:AllowAnonymous=true to run without authentication.");
            }
        }
        else
        {
            ValidateIdentity(options, failures);
        }

        ValidateUrl(settings.ChannelMetadataUrl, "BotAuthentication:ChannelMetadataUrl", failures);
        ValidateUrl(settings.EntraMetadataUrl, "BotAuthentication:EntraMetadataUrl", failures);
        ValidateUrl(settings.AuthorityHost, "BotAuthentication:AuthorityHost", failures);
        if (string.IsNullOrWhiteSpace(settings.ChannelIssuer))
        {
            failures.Add("BotAuthentication:ChannelIssuer must not be empty.");
        }

        if (settings.EffectiveEntraIssuerTemplates.Any(t => !t.Contains("{tenantId}", StringComparison.Ordinal)))
        {
            failures.Add("Every BotAuthentication:EntraIssuerTemplates entry needs a {tenantId} placeholder.");
        }

        // ConfigurationManager adds up to 1/20 jitter; 22 h keeps the re-read within the documented 24 h.
        if (settings.MetadataRefreshInterval < TimeSpan.FromMinutes(5) || settings.MetadataRefreshInterval > TimeSpan.FromHours(22))
        {
            failures.Add("BotAuthentication:MetadataRefreshInterval must be between 00:05:00 and 22:00:00 (keys must be re-read at least daily).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateIdentity(BotAuthenticationOptions options, List<string> failures)
    {
        var hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.BotAuthentication.CertificatePath);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (options.AppType)
        {
            case BotAppType.MultiTenant when !hasSecret && !hasCertificate:
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant (or set BotAuthentication:CertificatePath).");
                break;
            case BotAppType.SingleTenant:
                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
                }

                if (!hasSecret && !hasCertificate)
                {
                    failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant (or set BotAuthentication:CertificatePath).");
                }

                break;
            case BotAppType.UserAssignedMsi:
                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
                }

                if (hasSecret || hasCertificate)
                {
                    failures.Add("MicrosoftAppPassword (and BotAuthentication:CertificatePath) must be empty when MicrosoftAppType is UserAssignedMSI: "
                        + "the managed identity needs no secret.");
                }

                break;
        }
    }

    private static void ValidateUrl(string? value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add($"{key} must be an absolute https URL (plain http only on loopback).");
        }
    }
}
