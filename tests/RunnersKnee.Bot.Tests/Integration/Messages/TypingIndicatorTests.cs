using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Tests.Integration.Messages;

/// <summary>A message that takes a while to answer (here: a store that has not answered yet) shows "typing…" first.</summary>
public sealed class TypingIndicatorTests
{
    [Fact]
    public async Task SlowAnswer_ShowsTypingBeforeTheReply()
    {
        var store = new GatedStorage(new MemoryStorage());
        await using var harness = await CoachHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["Turns:TypingDelay"] = "00:00:00.050" },
            services: services => services.AddSingleton<IStorage>(store));
        var person = harness.NewPerson("msteams");
        store.Close();

        var reply = person.SayAsync("hi");
        await WaitUntilAsync(() => harness.Connector.SentActivities(person.ConversationId).Any(a => a.Type == ActivityTypes.Typing));
        Assert.False(reply.IsCompleted);
        store.Open();
        await reply;

        var sent = harness.Connector.SentActivities(person.ConversationId);
        Assert.Equal(ActivityTypes.Typing, sent[0].Type);
        Assert.Contains(sent.Skip(1), a => ConversationDriver.TextsOf(a).Any(t => t.Contains("Where does your knee hurt?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task QuickAnswer_ShowsNoTyping()
    {
        await using var harness = await CoachHarness.StartAsync(settings: new Dictionary<string, string?> { ["Turns:TypingDelay"] = "00:01:00" });
        var person = harness.NewPerson("msteams");

        await person.SayAsync("hi");

        Assert.DoesNotContain(harness.Connector.SentActivities(person.ConversationId), a => a.Type == ActivityTypes.Typing);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "No typing indicator was sent while the answer waited.");
    }

    private sealed class GatedStorage(IStorage inner) : IStorage
    {
        private volatile TaskCompletionSource _gate = CompletedGate();

        public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _gate.TrySetResult();

        public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            await _gate.Task.WaitAsync(cancellationToken);
            return await inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
            inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        private static TaskCompletionSource CompletedGate()
        {
            var gate = new TaskCompletionSource();
            gate.SetResult();
            return gate;
        }
    }
}
