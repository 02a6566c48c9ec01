namespace RunnersKnee.BotFramework.Turns;

/// <summary>How a turn ended, as telemetry names it.</summary>
public static class TurnOutcomes
{
    /// <summary>The bot ran and its replies were handed to the channel.</summary>
    public const string Ok = "ok";

    /// <summary>The bot ran, its state is saved, but some replies could not be delivered.</summary>
    public const string DeliveryFailed = "delivery_failed";

    /// <summary>The state store was down or kept losing races; the channel is told to try again (503).</summary>
    public const string StoreUnavailable = "store_unavailable";

    /// <summary>The bot failed; the error handler answered.</summary>
    public const string Failed = "failed";

    /// <summary>The caller went away before the turn ended.</summary>
    public const string Cancelled = "cancelled";
}
