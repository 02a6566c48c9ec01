using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Security;

namespace RunnersKnee.Bot.Hosting;

/// <summary>The app's protections, registered and placed in the pipeline by one call each.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>Binds <see cref="SecurityOptions"/> and <see cref="RateLimitOptions"/>, and registers HSTS, the CSP and the rate limiter.</summary>
    public static IHostApplicationBuilder AddRunnersKneeSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();
        services.AddOptions<SecurityOptions>()
            .BindConfiguration(SecurityOptions.SectionName)
            .PostConfigure(options => options.EnforceHttps ??= !development)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityOptions>>((hsts, security) => hsts.MaxAge = security.Value.HstsMaxAge);
        services.AddSingleton<ContentSecurityPolicy>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((limiter, limits) => RateLimitPolicies.Configure(limiter, limits.Value));
        return builder;
    }

    /// <summary>
    /// HTTPS redirection and HSTS (unless turned off, and never in Development), the security headers, a short
    /// JSON reason on every bodiless error, and the rate limits. Call it first, so every response carries the headers and nothing runs for a refused request.
    /// </summary>
    public static WebApplication UseRunnersKneeSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.EnforceHttps == true)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePages(ErrorBodies.WriteAsync);
        if (app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }
}
