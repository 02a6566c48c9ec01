using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using RunnersKnee.Bot.Health;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Telemetry;

/// <summary>
/// Traces, metrics and logs for operators, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to
/// Application Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (both may be). With neither the
/// OpenTelemetry SDK is not added at all, so nothing listens and a turn pays nothing for it.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    public const string ServiceName = "runners-knee-coach";

    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IHostApplicationBuilder AddRunnersKneeTelemetry(this IHostApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);
        var azureMonitor = !string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorSetting]);
        if (!otlp && !azureMonitor)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddProcessor(new RedactingSpanProcessor())
                .AddSource(TurnTelemetry.SourceName, StorageTracing.SourceName)
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = http => !http.Request.Path.StartsWithSegments(HealthEndpoints.LivenessPath, StringComparison.Ordinal))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(TurnTelemetry.MeterName, StorageMetrics.MeterName, DueEventMetrics.MeterName, "Polly")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging();

        // After WithTracing, so the redacting processor sees each span before any exporter does.
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (azureMonitor)
        {
            telemetry.UseAzureMonitor(options => options.ConnectionString = builder.Configuration[AzureMonitorSetting]);
        }

        return builder;
    }
}
