using System.Text.Json;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

/// <summary>The dialog stack is plain JSON in storage: a bot restarted between any two turns carries on.</summary>
public sealed class DialogStateRoundTripTests
{
    [Fact]
    public async Task Stack_StoredBetweenTurns_IsPlainJsonWithTheIntStoredAsANumber()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        foreach (var message in new[] { "hi", "Ann", "34" })
        {
            await bot.SayAsync(message);
        }

        var document = await bot.StoredDocumentAsync();

        var stack = document["dialogState"]!["stack"]!.AsArray();
        Assert.Equal("profile", stack.Single()!["id"]!.GetValue<string>());
        var inner = stack[0]!["state"]!["dialogs"]!["stack"]!.AsArray();
        Assert.Equal(["sport", ProfileDialog.Steps], inner.Select(i => i!["id"]!.GetValue<string>()));
        var values = inner[1]!["state"]!["values"]!;
        Assert.Equal(JsonValueKind.Number, values["age"]!.GetValueKind());
        Assert.Equal(34, values["age"]!.GetValue<int>());
    }

    [Fact]
    public async Task TypedInt_AfterManyRoundTrips_StillDoesIntArithmetic()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        foreach (var message in new[] { "hi", "Ann", "2147483646", "abc", "99", "help", "run", "help" })
        {
            await bot.SayAsync(message);
        }

        await bot.SayAsync("yes");

        Assert.Equal("Saved: Ann, 99 (next birthday 100), running.", bot.Text);
        Assert.IsType<int>(bot.LastResult!.Result);
    }

    [Fact]
    public void DialogInstance_SerializedAndRead_ReturnsTheTypeAskedFor()
    {
        var instance = new DialogInstance { Id = "d" };
        instance.Set("count", 7);
        instance.Set("when", new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.Zero));
        instance.Set("flags", new List<string> { "a", "b" });

        var restored = JsonSerializer.Deserialize<DialogInstance>(JsonSerializer.Serialize(instance, BotJson.Options), BotJson.Options)!;

        Assert.Equal(7, restored.Get<int>("count"));
        Assert.Equal(7L, restored.Get<long>("count"));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.Zero), restored.Get<DateTimeOffset>("when"));
        Assert.Equal(["a", "b"], restored.Get<List<string>>("flags"));
        Assert.Equal(0, restored.Get<int>("missing"));
    }
}
