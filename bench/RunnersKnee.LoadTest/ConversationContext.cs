namespace RunnersKnee.LoadTest;

/// <summary>One conversation in progress: its activities, its inbox at the sink, and where its turns' timings go.</summary>
public sealed class ConversationContext(ActivityFactory activities, ReplySink.Inbox inbox, TurnSender sender, List<long> latencies, bool floor)
{
    public List<TurnRecord> Transcript { get; } = [];

    /// <summary>Plays one turn; returns the bodies of the replies (empty for the floor), or throws <see cref="TurnFailedException"/>.</summary>
    public async Task<byte[][]> PlayAsync(TurnRecord turn, CancellationToken cancellationToken)
    {
        var (ok, elapsed) = await sender.PostAsync(activities.Create(turn), floor ? turn.Replies : null, cancellationToken);
        latencies.Add(elapsed);
        var (count, bodies) = inbox.Take();
        if (!ok)
        {
            throw new TurnFailedException($"turn {Transcript.Count + 1} ({turn.Text ?? turn.Type}) was not answered with success");
        }

        Transcript.Add(turn with { Replies = count });
        return bodies;
    }
}
