using Microsoft.Extensions.Logging;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>One log entry as a sink would see it: message, structured properties, scopes and exception text.</summary>
public sealed record CapturedLogEntry(LogLevel Level, string Category, EventId EventId, string Message, string Properties, string Scopes, string? Exception)
{
    public string AllText => $"{Category} {Message} {Properties} {Scopes} {Exception}";

    public override string ToString() => $"[{Level}] {Category}({EventId.Id}): {Message} | {Scopes} {Exception}";
}
