using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;
using SkiaSharp;

namespace RunnersKnee.Bot.Tests.Integration.Progress;

/// <summary>"My progress", the referral summary and their short-lived links, after a scripted intake and two sessions a few days apart, over /api/messages.</summary>
public sealed partial class ProgressConversationTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoSessionsDaysApart_ProgressCard_CountsTheWeekAndDrawsThePainTrendBehindALinkThatExpires()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var harness = await CoachHarness.StartAsync(clock);
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { Pain = "4" });
        await person.SessionAsync(before: 2, after: 4);
        clock.Advance(TimeSpan.FromDays(3));
        await person.SessionAsync(before: 3, after: 2);

        await person.SayAsync("my progress");

        var card = Assert.Single(person.LastCards);
        var texts = string.Join("\n", ConversationDriver.TextsOf(person.Last[0]));
        Assert.Contains("This week: 2 of 3 sessions.", texts, StringComparison.Ordinal);
        Assert.Contains("Your pain after sessions went from 4 to 2 over 3 days.", texts, StringComparison.Ordinal);
        var image = Images(card).Single();
        var url = image["url"]!.GetValue<string>();
        Assert.Matches("^/api/progress/chart/[A-Za-z0-9_-]{22}$", url);
        Assert.DoesNotContain(person.UserId, url, StringComparison.Ordinal);
        Assert.Equal("Chart of your pain from 0 to 10 by session date. After: 4 on 2 Mar, 2 on 5 Mar. Before: 2 on 2 Mar, 3 on 5 Mar.", image["altText"]!.GetValue<string>());
        Assert.Contains(Buttons(card), b => b == "Summary for my physio");

        using var chart = await harness.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", chart.Headers.CacheControl?.ToString());
        using var bitmap = SKBitmap.Decode(await chart.Content.ReadAsByteArrayAsync());
        Assert.NotNull(bitmap);

        using var forged = await harness.Client.GetAsync(url[..^4] + "AAAA");
        clock.Advance(TimeSpan.FromMinutes(16));
        using var expired = await harness.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task OneSessionOrNone_ProgressCard_HasNoChartAndSaysWhatWillAppear()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SessionAsync(before: 2, after: 2);

        await person.SayAsync("my progress");

        var card = Assert.Single(person.LastCards);
        Assert.Empty(Images(card));
        Assert.Contains("after two workouts with a pain score", person.LastText, StringComparison.Ordinal);
        Assert.Contains("This week: 1 of 3 sessions.", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetMyGoal_ChangesTheWeeklyGoalOnTheCard_AndRefusesOutsideOneToSeven()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();

        await person.SayAsync("set my goal to 9");
        var refused = person.LastText;
        await person.SayAsync("set my goal to 4");
        var set = person.LastText;
        await person.SayAsync("my progress");

        Assert.Contains("from 1 to 7", refused, StringComparison.Ordinal);
        Assert.Contains("4 sessions a week", set, StringComparison.Ordinal);
        Assert.Contains("This week: 0 of 4 sessions.", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhysioSummary_AfterIntakeAndTwoSessions_FillsEveryFieldOnTheCardAndThePrintablePage()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var harness = await CoachHarness.StartAsync(clock);
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { Pain = "4" });
        await person.SessionAsync(before: 2, after: 4);
        clock.Advance(TimeSpan.FromDays(4));
        await person.SessionAsync(before: 3, after: 2);

        await person.SayAsync("summary for my physio");

        var card = Assert.Single(person.LastCards);
        var facts = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal(8, facts.Count);
        Assert.All(facts.Values, value => Assert.DoesNotContain("not given", value, StringComparison.Ordinal));
        Assert.Contains("Around or behind the kneecap", facts["Where and how it hurts"], StringComparison.Ordinal);
        Assert.Contains("2 Mar 2026", facts["Since when"], StringComparison.Ordinal);
        Assert.Contains("2/10 now", facts["Pain now and trend"], StringComparison.Ordinal);
        Assert.Contains("4/10 at the first check", facts["Pain now and trend"], StringComparison.Ordinal);
        Assert.Contains("first check: no warning signs", facts["Warning-sign checks"], StringComparison.Ordinal);
        Assert.Contains("2 sessions", facts["Exercises done"], StringComparison.Ordinal);
        Assert.Contains("Pain higher after the session than before: 2 to 4/10", facts["What made it worse"], StringComparison.Ordinal);
        Assert.Contains("It is not a diagnosis", person.LastText, StringComparison.Ordinal);
        Assert.Contains("Nothing has been sent to anyone", person.LastText, StringComparison.Ordinal);

        var open = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();
        Assert.Matches("^/api/progress/summary/[A-Za-z0-9_-]{22}$", open);
        using var page = await harness.Client.GetAsync(open);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.Contains("@media print", await harness.Client.GetStringAsync("/css/referral.css"), StringComparison.Ordinal);
        foreach (var (title, _) in facts)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(title), html, StringComparison.Ordinal);
        }

        Assert.Contains("It is not a diagnosis", html, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromMinutes(16));
        using var expired = await harness.Client.GetAsync(open);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task PtGuidanceAndDoctorOutcomes_OfferTheSummary()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var cleared = harness.NewPerson();
        await cleared.AnswerIntakeAsync();
        var doctor = harness.NewPerson();
        await doctor.AnswerIntakeAsync(new IntakeScript { EmergencyFlags = "no", SoonFlags = "yes" });

        Assert.Contains(cleared.Last.SelectMany(a => a.Attachments ?? []), a => a.Content.ToString()!.Contains("Summary for my physio", StringComparison.Ordinal));
        Assert.Contains(doctor.Last.SelectMany(a => a.Attachments ?? []), a => a.Content.ToString()!.Contains("Summary for my physio", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PainBefore_AboveTheRestLimit_IsARestDayAndNoWorkoutStarts()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("yes");

        await person.SayAsync("7");
        var restDay = person.LastText;
        await person.SayAsync("start workout");

        Assert.Contains("Your pain is 7/10 right now", restDay, StringComparison.Ordinal);
        Assert.False(person.ShowsSetCard);
        Assert.DoesNotContain("Before we start", person.LastText, StringComparison.Ordinal);
        Assert.Contains("How much does it hurt right now", person.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("ready")]
    [InlineData("go")]
    [InlineData("done")]
    public async Task PainBefore_SkippedOrGoWords_StartsTheWorkoutWithoutAScore(string answer)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("yes");

        await person.SayAsync(answer);

        Assert.True(person.ShowsSetCard, person.LastText);
        await person.SayAsync("export my data");
        Assert.DoesNotContain("\"painBefore\"", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(person.Last.SelectMany(a => a.Attachments ?? []).Single().ContentUrl!.Split(',')[1])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PainAfterCard_TappedAfterTheNextWorkoutStarted_IsNotKept()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("yes");
        await person.SayAsync("skip");
        await person.SayAsync("done");
        await person.SayAsync("stop");
        var late = person.FindButton("4");
        await person.SayAsync("start workout");
        await person.SayAsync("skip");

        await person.SubmitAsync(late);

        Assert.Contains("about an earlier workout", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("export my data");
        Assert.DoesNotContain("\"painAfter\"", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(person.Last.SelectMany(a => a.Attachments ?? []).Single().ContentUrl!.Split(',')[1])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkoutSummary_HasAMyProgressButton()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("yes");
        await person.SayAsync("skip");
        await person.SayAsync("done");

        await person.SayAsync("stop");

        Assert.True(person.HasButton("My progress"));
        await person.ClickAsync("My progress");
        Assert.Contains("This week: 1 of 3 sessions.", person.LastText, StringComparison.Ordinal);
    }

    internal static IEnumerable<JsonObject> Images(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Image" => [obj],
        JsonObject obj => obj.SelectMany(pair => Images(pair.Value)),
        JsonArray array => array.SelectMany(Images),
        _ => [],
    };

    private static IEnumerable<string> Buttons(JsonObject card) =>
        card["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>());

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
