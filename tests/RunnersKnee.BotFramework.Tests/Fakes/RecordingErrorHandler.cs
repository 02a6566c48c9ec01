using System.Collections.Concurrent;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Fakes;

/// <summary>Records each failure and apologises with <see cref="Apology"/>.</summary>
public sealed class RecordingErrorHandler : ITurnErrorHandler
{
    public const string Apology = "Sorry, something went wrong.";

    private readonly ConcurrentQueue<Exception> _exceptions = new();

    public IReadOnlyList<Exception> Exceptions => [.. _exceptions];

    public Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        _exceptions.Enqueue(exception);
        return turnContext.SendActivityAsync(new Activity { Text = Apology }, cancellationToken);
    }
}
