using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// This process, as named on the replies it writes with a turn's state: "host/process id/start". A turn that finds
/// replies another sender wrote and did not mark delivered can tell from the name whether that sender may still be
/// sending them (another instance, still within its grace: they are left to it) or is gone (an earlier process on
/// this host: it died before it could deliver them, so this turn sends them).
/// </summary>
public sealed class ReplySender
{
    private readonly string _host;
    private readonly int _processId;

    public ReplySender(IOptions<TurnOptions> options)
        : this(string.IsNullOrWhiteSpace(options.Value.InstanceName) ? DefaultHost() : options.Value.InstanceName, Environment.ProcessId)
    {
    }

    public ReplySender(string host, int processId)
    {
        _host = host.Replace('/', '-');
        _processId = processId;
        Name = string.Create(CultureInfo.InvariantCulture, $"{_host}/{processId}/{Guid.NewGuid():N}");
    }

    public string Name { get; }

    /// <summary>
    /// Whether the sender named <paramref name="sender"/> may still be delivering a reply it wrote at
    /// <paramref name="since"/>: never this process (it marks what it delivered) or a gone one.
    /// </summary>
    public bool MayStillBeSending(string? sender, DateTimeOffset since, DateTimeOffset now, TimeSpan grace)
    {
        if (sender is null || string.Equals(sender, Name, StringComparison.Ordinal) || now - since >= grace)
        {
            return false;
        }

        var parts = sender.Split('/');
        if (parts.Length != 3 || !string.Equals(parts[0], _host, StringComparison.Ordinal))
        {
            return parts.Length == 3;
        }

        // Same host: a restarted container often gets the same process id, and a process id nobody has is gone.
        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
            && processId != _processId
            && IsRunning(processId);
    }

    // App Service names each instance; elsewhere the machine is the instance.
    private static string DefaultHost() =>
        Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID") is { Length: > 0 } instance ? instance : Environment.MachineName;

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
