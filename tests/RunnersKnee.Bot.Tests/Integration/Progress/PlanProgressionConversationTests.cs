using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Tests.Integration.Progress;

/// <summary>
/// A scripted person over /api/messages with the clock moved forward a day at a time: sessions done, the next-morning
/// answer kept in the history as the morning check keeps it (<see cref="CoachHistory.RecordNextMorning"/> on the stored
/// document), and the next workout's first card at the dosage the rules give, told with its reason; "reset my plan"
/// goes back to the start; "export my data" has the plan.
/// </summary>
public sealed class PlanProgressionConversationTests
{
    private const string StepUp = "Side Steps: a step up this time (12 feet × 3 each side), because the last 2 sessions were easy on your knee (pain 3/10 or less, and fine the next morning).";
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoEasySessionsFineNextMorning_TheNextWorkoutStepsUpWithItsReason_AndResetReturnsToTheStart()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var harness = await CoachHarness.StartAsync(clock);
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();

        await SideStepsSessionAsync(person, pain: 2);
        Assert.Contains("10 feet × 3 each side", person.Transcript, StringComparison.Ordinal);
        await AnswerNextMorningAsync(harness, person, NextMorningAnswer.Same);
        clock.Advance(TimeSpan.FromDays(1));
        await SideStepsSessionAsync(person, pain: 3);
        Assert.DoesNotContain("this time", person.Transcript, StringComparison.Ordinal);
        await AnswerNextMorningAsync(harness, person, NextMorningAnswer.Better);
        clock.Advance(TimeSpan.FromDays(1));

        await StartAsync(person);

        Assert.Contains(StepUp, person.LastText, StringComparison.Ordinal);
        Assert.Single(Lines(person.LastText), line => line.Contains("this time", StringComparison.Ordinal));
        Assert.Contains("12 feet × 3 each side (your plan's level; the article gives 10–15 feet × 3 each side)", person.LastText, StringComparison.Ordinal);
        Assert.True(person.ShowsSetCard);

        await DoSideStepsAsync(person, pain: 1);
        await person.SayAsync("stop");
        Assert.Equal("Done · new level: 12 feet × 3 each side · pain 1/10", person.Summary!["Side Steps"]);
        await person.SayAsync("export my data");
        var export = ExportOf(person);
        Assert.Equal(3, export["plan"]!["exercises"]!.AsArray().Single(e => e!["exerciseId"]!.GetValue<string>() == "side-steps")!["level"]!.GetValue<int>());
        var dosages = export["history"]!["sessions"]!.AsArray().Select(s => s!["exercises"]![0]!["dosage"]!["min"]!.GetValue<int>());
        Assert.Equal([10, 10, 12], dosages);

        await person.SayAsync("my progress");
        Assert.Contains("Your plan: Side Steps at 12 feet × 3 each side (step 3 of 4); every other exercise at its starting dosage.", person.LastText, StringComparison.Ordinal);

        await person.SayAsync("reset my plan");
        Assert.Contains("Your plan is back at its starting levels", person.LastText, StringComparison.Ordinal);
        await StartAsync(person);
        Assert.DoesNotContain("this time", person.LastText, StringComparison.Ordinal);
        Assert.Contains("10 feet × 3 each side (your plan's level", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("stop");
        await person.SayAsync("reiniciar mi plan");
        Assert.Contains("Tu plan ha vuelto a sus niveles iniciales", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("my progress");
        Assert.Contains("Your plan: every exercise is at its starting dosage.", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWorseNextMorning_TheNextWorkoutIsEasierWithItsReason()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var harness = await CoachHarness.StartAsync(clock);
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();
        await SideStepsSessionAsync(person, pain: 2);
        await AnswerNextMorningAsync(harness, person, NextMorningAnswer.Worse);
        clock.Advance(TimeSpan.FromDays(1));

        await StartAsync(person);

        Assert.Contains("Side Steps: easier this time (5–10 feet × 3 each side), because your knee was worse the morning after the last session.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("5–10 feet × 3 each side (your plan's level; the article gives 10–15 feet × 3 each side)", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Banded Side Clams:", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExerciseStoppedForPain_IsEasierNextTimeWithItsReason_AndOnlyOnce()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var harness = await CoachHarness.StartAsync(clock);
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();
        await StartAsync(person);
        await person.SayAsync("that hurt 7/10");
        Assert.Contains("7/10 is too much, so let's stop Side Steps here.", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("carry on");
        await person.SayAsync("stop");
        clock.Advance(TimeSpan.FromDays(1));

        await StartAsync(person);
        Assert.Contains("Side Steps: easier this time (5–10 feet × 3 each side), because pain stopped it in the last session.", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("stop");
        clock.Advance(TimeSpan.FromDays(1));
        await StartAsync(person);

        Assert.DoesNotContain("this time", person.LastText, StringComparison.Ordinal);
        Assert.Contains("5–10 feet × 3 each side", person.LastText, StringComparison.Ordinal);
    }

    /// <summary>"start workout" and a pain of 1 before it: the last turn shows the first set (and any change told before it).</summary>
    private static async Task StartAsync(ConversationDriver person)
    {
        await person.SayAsync("start workout");
        await person.SayAsync("1");
        if (!person.ShowsSetCard)
        {
            throw new InvalidOperationException("The workout did not start. The bot said:\n" + person.LastText);
        }
    }

    /// <summary>Every set of Side Steps, its pain score, then "stop" and a pain of 1 after the session.</summary>
    private static async Task SideStepsSessionAsync(ConversationDriver person, int pain)
    {
        await StartAsync(person);
        await DoSideStepsAsync(person, pain);
        await person.SayAsync("stop");
        await person.ClickAsync("1");
    }

    /// <summary>"done" for each set (and to end each rest) until the pain check, then the score.</summary>
    private static async Task DoSideStepsAsync(ConversationDriver person, int pain)
    {
        for (var turn = 0; turn < 20 && !person.ShowsPainCheck; turn++)
        {
            await person.SayAsync("done");
        }

        Assert.True(person.ShowsPainCheck, person.LastText);
        await person.SayAsync(pain.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The next-morning answer for the last session, kept as the morning check keeps it: through the history's own method, in the stored document.</summary>
    private static async Task AnswerNextMorningAsync(CoachHarness harness, ConversationDriver person, NextMorningAnswer answer)
    {
        var storage = harness.App.Services.GetRequiredService<IStorage>();
        var key = PrimaryState.PersonKeyFor("webchat", person.UserId);
        var item = (await storage.ReadAsync([key], CancellationToken.None))[key];
        var document = JsonNode.Parse(item.Content.ToString())!.AsObject();
        var history = document["history"].Deserialize<CoachHistory>(BotJson.Options)!;
        Assert.True(history.RecordNextMorning(history.Sessions[^1].Id, answer, pain: null));
        document["history"] = JsonSerializer.SerializeToNode(history, BotJson.Options);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(BinaryData.FromString(document.ToJsonString()), item.ETag) }, CancellationToken.None);
    }

    private static JsonNode ExportOf(ConversationDriver person)
    {
        var url = person.Last.SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == "application/json").ContentUrl!;
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..])))!;
    }

    private static string[] Lines(string text) => text.Split('\n');
}
