using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Tests.Integration.Reminders;

/// <summary>
/// The morning after a session, over /api/messages with the clock moved on: the check comes once at 08:00 in the
/// person's zone (the channel's localTimezone), not before and not twice; a later session, "stop reminders" or "no
/// thanks" cancels it; the answer is kept with the session, and "worse" asks the red-flag lists again.
/// </summary>
public sealed class NextMorningCheckTests
{
    // Wednesday 10 June 2026, 17:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 6, 10, 17, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("America/New_York", "2026-06-11T12:00:00Z")]
    [InlineData("Europe/London", "2026-06-11T07:00:00Z")]
    [InlineData("Asia/Kolkata", "2026-06-11T02:30:00Z")]
    [InlineData("Australia/Sydney", "2026-06-11T22:00:00Z")]
    public async Task SessionWithASetDone_CheckArrivesOnceAtEightLocalTheNextMorning(string zone, string dueUtc)
    {
        var due = DateTimeOffset.Parse(dueUtc, System.Globalization.CultureInfo.InvariantCulture);
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = zone;

        await SessionWithASetAsync(person);

        Assert.Contains($"I'll check in tomorrow at 08:00 ({zone} time)", person.LastText, StringComparison.Ordinal);
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.MorningQuestion, due.AddMinutes(-1));
        var sent = await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, due.AddSeconds(1));
        person.Received(sent);
        Assert.True(person.HasButton("Better") && person.HasButton("Same") && person.HasButton("Worse"), person.LastText);
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.MorningQuestion, due.AddDays(2));
    }

    [Fact]
    public async Task NoZoneSent_UtcAndSaysSo()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();

        await SessionWithASetAsync(person);

        Assert.Contains("I'll check in tomorrow at 08:00 (UTC: your chat didn't say your time zone)", person.LastText, StringComparison.Ordinal);
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 8, 0, 1, TimeSpan.Zero));
    }

    [Fact]
    public async Task ALaterSessionStarted_TheCheckIsNotSent()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);

        await person.SayAsync("start workout");
        await person.SayAsync("2");
        Assert.True(person.ShowsSetCard, person.LastText);

        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.MorningQuestion, Start.AddDays(2));
        Assert.Empty(ProactiveMessages.Pending(harness, DueEventNames.NextMorningCheck));
    }

    [Theory]
    [InlineData("stop reminders", "Reminders stopped")]
    [InlineData("no morning check", "no morning check-ins")]
    public async Task StopRemindersOrNoThanks_TheCheckIsNotSent(string said, string reply)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);

        await person.SayAsync(said);

        Assert.Contains(reply, person.LastText, StringComparison.Ordinal);
        Assert.Empty(ProactiveMessages.Pending(harness, DueEventNames.NextMorningCheck));
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.MorningQuestion, Start.AddDays(2));
    }

    [Fact]
    public async Task AnotherTimeTapped_TheCheckComesThen()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);

        await person.ClickAsync("At 10:00");

        Assert.Contains("I'll check in at 10:00", person.LastText, StringComparison.Ordinal);
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 8, 59, 0, TimeSpan.Zero));
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 9, 0, 1, TimeSpan.Zero));
    }

    [Fact]
    public async Task TypedSameWithAScore_KeptWithTheSessionOnce()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 7, 0, 1, TimeSpan.Zero));

        await person.SayAsync("same, 2/10");
        Assert.Contains("Not worse the morning after", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("worse");

        Assert.DoesNotContain("safety questions", person.LastText, StringComparison.Ordinal);
        var session = Assert.Single((await HistoryAsync(harness, person)).Sessions);
        Assert.Equal((NextMorningAnswer.Same, 2), (session.NextMorning, session.NextMorningPain));
    }

    [Fact]
    public async Task WorseTapped_TheRedFlagListsAgainThenRestAndIce()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);
        person.Received(await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 7, 0, 1, TimeSpan.Zero)));

        await person.ClickAsync("Worse");
        Assert.Contains("Two quick safety questions", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("no");
        await person.SayAsync("no");

        Assert.Contains("none of the warning signs", person.LastText, StringComparison.Ordinal);
        Assert.Contains("ice the area", person.LastText, StringComparison.Ordinal);
        Assert.Equal(NextMorningAnswer.Worse, Assert.Single((await HistoryAsync(harness, person)).Sessions).NextMorning);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task BetterTapped_ThanksAndALaterTapIsLate(string channelId)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson(channelId);
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);
        var card = await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 7, 0, 1, TimeSpan.Zero));
        person.Received(card);
        var better = person.FindButton("Better");

        await person.SubmitAsync(better);
        Assert.Contains("Good to hear", person.LastText, StringComparison.Ordinal);
        await person.SubmitAsync(better);

        Assert.Contains("That question was about an earlier workout", person.LastText, StringComparison.Ordinal);
        Assert.Equal(NextMorningAnswer.Better, Assert.Single((await HistoryAsync(harness, person, channelId)).Sessions).NextMorning);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task SameTapped_TheOptionalScoreIsOneMoreTap_KeptOnce(string channelId)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson(channelId);
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);
        person.Received(await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 7, 0, 1, TimeSpan.Zero)));

        await person.SubmitAsync(person.FindButton("Same"));
        Assert.Contains("how much does it hurt this morning, from 0 to 10?", person.LastText, StringComparison.Ordinal);
        var two = person.FindButton("2");
        var five = person.FindButton("5");
        await person.SubmitAsync(two);
        Assert.Contains("Thanks, 2/10 noted with that workout.", person.LastText, StringComparison.Ordinal);
        await person.SubmitAsync(five);

        Assert.Contains("That question was about an earlier workout", person.LastText, StringComparison.Ordinal);
        var session = Assert.Single((await HistoryAsync(harness, person, channelId)).Sessions);
        Assert.Equal((NextMorningAnswer.Same, 2), (session.NextMorning, session.NextMorningPain));
    }

    [Theory]
    [InlineData("its a little bit worse than yesterday morning to be honest", "Two quick safety questions")]
    [InlineData("feels about the same as before the workout yesterday i think", "Not worse the morning after")]
    [InlineData("better than before thanks, stairs were fine this morning", "Good to hear")]
    [InlineData("better overall but going down the stairs is worse", "Two quick safety questions")]
    public async Task LongTypedAnswer_ReadAsTheAnswer(string said, string reply)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 7, 0, 1, TimeSpan.Zero));

        await person.SayAsync(said);

        Assert.Contains(reply, person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorseInSpanish_TheRedFlagListsAgain()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/Madrid";
        await SessionWithASetAsync(person);
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 6, 0, 1, TimeSpan.Zero));

        await person.SayAsync("un poco peor");

        Assert.Contains("dos preguntas rápidas de seguridad", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmergencyAfterTheSession_NoCheckIsSent()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await SessionWithASetAsync(person);

        await person.SayAsync("i think im having chest pain");
        Assert.Contains("call an ambulance now", person.LastText, StringComparison.Ordinal);

        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.MorningQuestion, Start.AddDays(2));
    }

    /// <summary>The intake, the workout, one set and "stop": a session that counts, ended in the last turn.</summary>
    private static async Task SessionWithASetAsync(ConversationDriver person)
    {
        await CoachHarness.StartWorkoutAsync(person);
        await person.SayAsync("done");
        await person.SayAsync("stop");
    }

    private static async Task<CoachHistory> HistoryAsync(CoachHarness harness, ConversationDriver person, string channelId = "webchat")
    {
        var key = harness.App.Services.GetRequiredService<PrimaryState>().KeyFor(channelId, person.ConversationId, person.UserId);
        var item = (await harness.App.Services.GetRequiredService<IStorage>().ReadAsync([key], CancellationToken.None))[key];
        return JsonNode.Parse(item.Content.ToMemory().Span)![CoachHistoryAccessor.PropertyName].Deserialize<CoachHistory>(BotJson.Options)!;
    }
}
