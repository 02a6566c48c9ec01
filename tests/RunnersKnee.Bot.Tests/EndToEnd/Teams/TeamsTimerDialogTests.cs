using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing.Browser;

namespace RunnersKnee.Bot.Tests.EndToEnd.Teams;

/// <summary>
/// The timer dialog as Teams opens it: the page from a real task/fetch, framed in Chromium by a stand-in Teams host
/// (served at teams.microsoft.com, answering the Teams JavaScript library's messages as the Teams web client does).
/// When the set ends the page submits it; the bot, given that task/submit, moves the workout on.
/// </summary>
public sealed class TeamsTimerDialogTests
{
    private const string BotOrigin = "https://knee.example.com";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task TimerInATeamsDialog_SubmitsTheSetAtTheEnd_AndTheBotMovesOn()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start), new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = BotOrigin + "/" });
        var person = harness.NewPerson("msteams");
        await CoachHarness.StartWorkoutAsync(person);
        await person.SayAsync("skip");
        var teams = new TeamsInvoker(harness.Client, harness.Connector, person);
        var (_, fetched) = await teams.TaskFetchAsync(person.FindButton("Start timer"));
        var timerUrl = fetched!["task"]!["value"]!["url"]!.GetValue<string>();

        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, _) = await chromium.NewPageAsync(width: 420, height: 520);
        await ServeAsync(page, harness.App.BaseAddress, ShortSet(timerUrl));
        await page.GotoAsync("https://teams.microsoft.com/host");
        var dialog = page.FrameLocator("iframe");
        await dialog.Locator("#start").ClickAsync();

        var submitted = await WaitForSubmitAsync(page);
        Assert.Equal("Done", submitted["command"]!.GetValue<string>());
        Assert.Equal(person.FindButton("Done set")["sessionId"]!.GetValue<string>(), submitted["sessionId"]!.GetValue<string>());

        var (status, body) = await teams.InvokeAsync("task/submit", new JsonObject { ["data"] = submitted.DeepClone(), ["context"] = new JsonObject { ["theme"] = "default" } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", body!["task"]!["type"]!.GetValue<string>());
        Assert.Contains("Done set", body["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        await person.SayAsync("what's next");
        Assert.Contains("a rest between sets of Banded Side Clams", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimerOpenedOutsideTeams_StillCountsAndSaysToTapDone()
    {
        await using var harness = await CoachHarness.StartAsync();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 420, height: 520);

        await page.GotoAsync(new Uri(harness.App.BaseAddress, "/timer.html?title=Wall%20Squats&reps=1&phases=leadin%2C0%2C0%2C300%3Bhold%2C1%2C300%2C300&sessionId=s&step=1").ToString());
        await page.Locator("#start").ClickAsync();

        await Assertions.Expect(page.Locator("#announce")).ToHaveTextAsync("Set done. Close this and tap Done set.");
        Assert.Empty(problems.All);
    }

    /// <summary>The page's own timeline cut to a second, so the test need not wait for a whole set.</summary>
    private static string ShortSet(string timerUrl)
    {
        var url = new Uri(timerUrl);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        query["phases"] = "leadin,0,0,300;hold,1,300,300";
        query["reps"] = "1";
        return url.GetLeftPart(UriPartial.Path) + "?" + query;
    }

    private static async Task ServeAsync(IPage page, Uri bot, string timerUrl)
    {
        await page.RouteAsync("https://teams.microsoft.com/**", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = HostPage(timerUrl) }));
        await page.RouteAsync(BotOrigin + "/**", async route =>
        {
            var path = new Uri(route.Request.Url).PathAndQuery;
            var response = await route.FetchAsync(new RouteFetchOptions { Url = new Uri(bot, path).ToString() });
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
        await page.RouteAsync("https://res.cdn.office.net/**", ValidOriginsAsync);
    }

    // Microsoft's published list of Teams origins, which the library fetches from its CDN (outside this machine).
    private static Task ValidOriginsAsync(IRoute route) => route.FulfillAsync(new RouteFulfillOptions
    {
        ContentType = "application/json",
        Body = """{"validOrigins":["teams.microsoft.com"]}""",
        Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
    });

    // The messages of the Teams JavaScript library (teams-js 2.x): a request is { id, uuidAsString, func, args };
    // the host answers { id, uuidAsString, args }. "initialize" gets the frame context, the client type and the
    // runtime config; a dialog's submit arrives as "tasks.completeTask" with the result as its first argument.
    private static string HostPage(string timerUrl) => $$"""
        <!DOCTYPE html><html><head><title>Teams</title></head><body>
        <iframe src="{{timerUrl}}" width="420" height="480"></iframe>
        <script>
          window.submitted = null;
          var runtime = JSON.stringify({ apiVersion: 4, hostVersionsInfo: {}, supports: { dialog: { url: {} }, appInitialization: {} } });
          window.addEventListener('message', function (e) {
            var m = e.data;
            if (!m || typeof m.func !== 'string') { return; }
            var args = [];
            if (m.func === 'initialize') { args = ['task', 'web', runtime, '2.58.0']; }
            if (m.func === 'tasks.completeTask') { window.submitted = m.args[0]; }
            e.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args: args }, e.origin);
          });
        </script></body></html>
        """;

    private static async Task<JsonObject> WaitForSubmitAsync(IPage page)
    {
        for (var i = 0; i < 200; i++)
        {
            var json = await page.EvaluateAsync<string?>("() => window.submitted ? JSON.stringify(window.submitted) : null");
            if (json is not null)
            {
                return JsonNode.Parse(json)!.AsObject();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The timer page never submitted the set to Teams.");
    }
}
