using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// The retry policy of the "BotConnector" HttpClient. A 429 was refused by the channel, so any call is retried
/// after its Retry-After (when that wait is within <see cref="BotConnectorOptions.MaxRetryAfter"/>); so is a 412,
/// which Teams answers when it refuses a send under load (its rate-limit guidance says to retry it with backoff).
/// A 5xx or a timeout may come after the channel accepted the call, and <c>POST .../activities</c> has no
/// idempotency key: only GET, PUT and DELETE are retried here then. A POST that fails so is kept by the turn's
/// delivery and tried again later, after the channel has had time to recover.
/// </summary>
internal static class ConnectorResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, BotConnectorOptions options, TimeProvider timeProvider)
    {
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, BotConnectorOptions options, TimeProvider timeProvider)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled)
        {
            return RetryAfter(throttled, timeProvider) is not { } wait || wait <= options.MaxRetryAfter;
        }

        if (outcome.Result is { StatusCode: HttpStatusCode.PreconditionFailed })
        {
            return true;
        }

        var method = outcome.Result?.RequestMessage?.Method ?? context.GetRequestMessage()?.Method;
        if (method != HttpMethod.Get && method != HttpMethod.Put && method != HttpMethod.Delete)
        {
            return false;
        }

        return outcome.Exception is HttpRequestException or TimeoutRejectedException
            || outcome.Result is { } response && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout);
    }

    /// <summary>The wait a 429/503 asks for (delta seconds or an HTTP date); null when it names none.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
