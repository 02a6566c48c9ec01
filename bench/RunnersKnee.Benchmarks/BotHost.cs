using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Hosting;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.DirectLine;

namespace RunnersKnee.Benchmarks;

/// <summary>
/// The app's real composition (AddBotFramework + AddDirectLine + AddRunnersKneeBot) without a web server: memory storage, the
/// embedded scheduler in a temporary folder, replies to a <see cref="DiscardingChannel"/>. Turns go straight
/// to the <see cref="BotAdapter"/>.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;
    private int _sequence;

    public BotHost()
    {
        _directory = Directory.CreateTempSubdirectory("rk-benchmarks-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Timers:Local:Directory"] = Path.Combine(_directory, "timers"),
        });
        builder.Services.AddSingleton<DiscardingChannel>();
        builder.Services.AddSingleton<IInProcessChannel>(sp => sp.GetRequiredService<DiscardingChannel>());
        builder.AddBotFramework();
        builder.AddDirectLine();
        builder.AddRunnersKneeBot();
        _app = builder.Build();
        Adapter = _app.Services.GetRequiredService<BotAdapter>();
        Channel = _app.Services.GetRequiredService<DiscardingChannel>();
        Storage = _app.Services.GetRequiredService<MemoryStorage>();
    }

    public BotAdapter Adapter { get; }

    public DiscardingChannel Channel { get; }

    public MemoryStorage Storage { get; }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public Activity Message(string conversationId, string? text, object? value = null) => new()
    {
        Type = value is null && text is null ? ActivityTypes.ConversationUpdate : ActivityTypes.Message,
        Id = $"{conversationId}|{Interlocked.Increment(ref _sequence):D7}",
        ChannelId = Channels.WebChat,
        ServiceUrl = DiscardingChannel.ServiceUrl,
        From = new ChannelAccount { Id = "user-" + conversationId, Name = "Runner" },
        Recipient = new ChannelAccount { Id = "bot", Name = "Runner's Knee Coach" },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = "en-US",
        Text = text,
        Value = value is null ? null : BotJson.ToElement(value),
        MembersAdded = value is null && text is null ? [new ChannelAccount { Id = "user-" + conversationId }, new ChannelAccount { Id = "bot" }] : null,
    };

    /// <summary>Runs one turn and returns what the bot sent.</summary>
    public async Task<List<Activity>> TurnAsync(Activity activity)
    {
        Channel.Sent.Clear();
        await Adapter.ProcessActivityAsync(activity, CancellationToken.None);
        return Channel.Sent;
    }

    /// <summary>Plays the intake by typing, as the smoke test does, and accepts the workout.</summary>
    public async Task StartWorkoutAsync(string conversationId)
    {
        await TurnAsync(Message(conversationId, null));
        foreach (var text in new[] { "hi", "behind the kneecap", "dull ache", "running and stairs", "3 weeks", "gradually", "3", "34", "no", "nope", "yes" })
        {
            await TurnAsync(Message(conversationId, text));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
