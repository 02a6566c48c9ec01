using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Messages;

/// <summary>
/// Teams invokes over HTTP, answered in the response as bot-protocol §4.1 says: <c>adaptiveCard/action</c> with the
/// updated card, <c>task/fetch</c> with the timer dialog, anything else 400 with a reason (never a 5xx).
/// </summary>
public sealed class TeamsInvokeTests
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task AdaptiveCardAction_DoneOnTheCurrentCard_Returns200WithAValidCardAndMovesOn()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var (person, teams) = await StartInTeamsAsync(harness);
        var schema = await AdaptiveCardSchema.LoadAsync();

        var (status, body) = await teams.ExecuteAsync("done", DoneData(person));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Equal(AdaptiveCardType, body["type"]!.GetValue<string>());
        var card = body["value"]!.AsObject();
        schema.AssertValid(card.ToJsonString());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains("✓ Done set", card.ToJsonString(Unescaped), StringComparison.Ordinal);

        // The invoke is answered once its state is saved; its messages follow.
        await Poll.UntilAsync(() => ConversationText(harness, person).Contains("Set done.", StringComparison.Ordinal), "the card action's messages");
        await person.SayAsync("what's next");
        Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdaptiveCardAction_StaleStep_ChangesNothingAndDoesNotClaimDone()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var (person, teams) = await StartInTeamsAsync(harness);
        var data = DoneData(person);
        await teams.ExecuteAsync("done", data);
        await person.SayAsync("done");
        var setsDone = CountOf(harness, person, "Set done.");

        var (status, body) = await teams.ExecuteAsync("done", data);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(AdaptiveCardType, body!["type"]!.GetValue<string>());
        (await AdaptiveCardSchema.LoadAsync()).AssertValid(body["value"]!.ToJsonString());
        Assert.DoesNotContain("✓", body["value"]!.ToJsonString(Unescaped), StringComparison.Ordinal);
        Assert.Contains("out of date", body["value"]!.ToJsonString(Unescaped), StringComparison.Ordinal);
        Assert.Equal(setsDone, CountOf(harness, person, "Set done."));
        await person.SayAsync("what's next");
        Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskFetch_PublicBaseUrlSet_ContinuesToTheTimerPageWithThePhases()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start), new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://knee.example.com/" });
        var (person, teams) = await StartInTeamsAsync(harness);
        await person.SayAsync("skip");

        var (status, body) = await teams.TaskFetchAsync(person.FindButton("Start timer"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("continue", body!["task"]!["type"]!.GetValue<string>());
        var value = body["task"]!["value"]!.AsObject();
        Assert.Equal("Banded Side Clams", value["title"]!.GetValue<string>());
        Assert.True(value["height"]!.GetValue<int>() > 0 && value["width"]!.GetValue<int>() > 0);
        var url = new Uri(value["url"]!.GetValue<string>());
        Assert.Equal("https://knee.example.com/timer.html", url.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal(("Banded Side Clams", "15"), (query["title"], query["reps"]));
        Assert.Equal(ClamsPhases(), query["phases"]);

        using var page = await harness.Client.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("js/timer-page.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var script = await harness.Client.GetAsync("/js/timer-page.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("query.get('phases')", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskFetch_NoPublicBaseUrl_AnswersWithAMessage()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var (person, teams) = await StartInTeamsAsync(harness);
        await person.SayAsync("skip");

        var (status, body) = await teams.TaskFetchAsync(person.FindButton("Start timer"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", body!["task"]!["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["task"]!["value"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("signin/verifyState")]
    [InlineData("message/submitAction")]
    public async Task Invoke_UnknownName_Returns400WithAReason(string name)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var (_, teams) = await StartInTeamsAsync(harness);

        var (status, body) = await teams.InvokeAsync(name, new JsonObject { ["data"] = new JsonObject() });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(string.IsNullOrWhiteSpace(body?.ToJsonString()));
    }

    [Fact]
    public async Task TaskSubmit_FromAnOldTimer_ChangesNothingAndSaysSo()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var (person, teams) = await StartInTeamsAsync(harness);
        var old = DoneData(person);
        old["step"] = old["step"]!.GetValue<int>() - 1;

        var (status, body) = await teams.InvokeAsync("task/submit", new JsonObject { ["data"] = old });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", body!["task"]!["type"]!.GetValue<string>());
        Assert.Contains("out of date", body["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        await person.SayAsync("what's next");
        Assert.Contains("Exercise 1 of 8 · Left side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
    }

    private static async Task<(ConversationDriver Person, TeamsInvoker Teams)> StartInTeamsAsync(CoachHarness harness)
    {
        var person = harness.NewPerson("msteams");
        await CoachHarness.StartWorkoutAsync(person);
        return (person, new TeamsInvoker(harness.Client, harness.Connector, person));
    }

    /// <summary>The data of the card's "Done set" Action.Execute: command, session id and step.</summary>
    private static JsonObject DoneData(ConversationDriver person)
    {
        var data = person.FindButton("Done set");
        Assert.Equal("Done", data["command"]!.GetValue<string>());
        Assert.NotNull(data["sessionId"]);
        Assert.NotNull(data["step"]);
        return data;
    }

    /// <summary>Banded Side Clams by hand: a 3 s lead-in, then 15 × (2 s move, 2 s release), in milliseconds.</summary>
    private static string ClamsPhases() => string.Join(";", new[] { "leadin,0,0,3000" }.Concat(
        Enumerable.Range(1, 15).SelectMany(rep => new[]
        {
            $"move,{rep},{3000 + ((rep - 1) * 4000)},2000",
            $"release,{rep},{5000 + ((rep - 1) * 4000)},2000",
        })));

    private static string ConversationText(CoachHarness harness, ConversationDriver person) =>
        string.Join("\n", harness.Connector.SentActivities(person.ConversationId).SelectMany(ConversationDriver.TextsOf));

    private static int CountOf(CoachHarness harness, ConversationDriver person, string text) =>
        harness.Connector.SentActivities(person.ConversationId).Count(a => a.Text?.StartsWith(text, StringComparison.Ordinal) == true);
}
