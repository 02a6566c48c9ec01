using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Turns;

/// <summary>Whose listed replies a turn leaves alone (a sender that may still be delivering them) and whose it sends.</summary>
public sealed class ReplySenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(8);

    [Fact]
    public void OtherHost_WithinItsGrace_MayStillBeSending()
    {
        var here = new ReplySender("host-a", 100);
        var there = new ReplySender("host-b", 100);

        Assert.True(here.MayStillBeSending(there.Name, Now.AddMinutes(-7), Now, Grace));
        Assert.False(here.MayStillBeSending(there.Name, Now.AddMinutes(-8), Now, Grace));
    }

    [Fact]
    public void ThisProcess_NeverLeftToItself()
    {
        var here = new ReplySender("host-a", 100);

        Assert.False(here.MayStillBeSending(here.Name, Now, Now, Grace));
    }

    [Fact]
    public void SameHost_EarlierProcessWithTheSameId_IsGone()
    {
        // A restarted container often gets the process id its predecessor had.
        var before = new ReplySender("host-a", Environment.ProcessId);
        var after = new ReplySender("host-a", Environment.ProcessId);

        Assert.NotEqual(before.Name, after.Name);
        Assert.False(after.MayStillBeSending(before.Name, Now, Now, Grace));
    }

    [Fact]
    public void SameHost_OtherProcessStillRunning_MayStillBeSending()
    {
        var running = new ReplySender("host-a", Environment.ProcessId);
        var other = new ReplySender("host-a", Environment.ProcessId + 1_000_000);

        Assert.True(other.MayStillBeSending(running.Name, Now, Now, Grace));
        Assert.False(running.MayStillBeSending(other.Name, Now, Now, Grace));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a sender")]
    public void NoSenderOrUnreadable_SentByTheNextTurn(string? sender)
    {
        var here = new ReplySender("host-a", 100);

        Assert.False(here.MayStillBeSending(sender, Now, Now, Grace));
    }

    [Fact]
    public void InstanceName_LeftEmpty_TheMachineNamesTheHost()
    {
        var sender = new ReplySender(Options.Create(new TurnOptions { InstanceName = "" }));

        Assert.StartsWith(Environment.MachineName.Replace('/', '-') + "/", sender.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void InstanceName_FromOptions_NamesTheHost()
    {
        var sender = new ReplySender(Options.Create(new TurnOptions { InstanceName = "instance/7" }));

        Assert.StartsWith("instance-7/", sender.Name, StringComparison.Ordinal);
    }
}
