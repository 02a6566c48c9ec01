namespace RunnersKnee.Bot.Diagnostics;

/// <summary>The process counters endpoint the benchmarks read (off unless asked for, and loopback callers only).</summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <value>Maps <c>GET /diagnostics/counters</c>. Default false.</value>
    public bool Enabled { get; set; }
}
