using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Reminders;

/// <summary>
/// The reminder cards as sent, in Web Chat and Teams: valid Adaptive Cards 1.5; "remind me" offers ready-made
/// choices and day toggles with a time, and the toggles submitted set exactly those days.
/// </summary>
public sealed class ReminderCardTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 8, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task RemindMe_DayTogglesAndATime_SetThoseDays(string channelId)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson(channelId);
        person.LocalTimezone = "Europe/London";
        await person.JoinAsync();

        await person.SayAsync("remind me");

        var card = Assert.Single(person.LastCards);
        var schema = await AdaptiveCardSchema.LoadAsync();
        schema.AssertValid(card.ToJsonString());
        Assert.Contains("When should I remind you", person.LastText, StringComparison.Ordinal);
        Assert.True(person.HasButton("Mon, Wed, Fri · 19:00"), person.LastText);
        var times = Inputs(card).Single(input => input["id"]!.GetValue<string>() == "time")["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("21:00", times);
        Assert.DoesNotContain("06:30", times);
        Assert.Contains("07:00", times);
        Assert.Equal(7, Inputs(card).Count(input => input["type"]!.GetValue<string>() == "Input.Toggle"));

        // What the channel posts for the submit: its data with the inputs' values (Tuesday and Thursday on).
        var data = person.FindButton("Set reminder");
        foreach (var day in Enumerable.Range(0, 7))
        {
            data["day" + day] = day is 1 or 3 ? "true" : "false";
        }

        data["time"] = "18:30";
        await person.SubmitAsync(data);

        Assert.Contains("Done: I'll remind you Tue, Thu at 18:30 (Europe/London time)", person.LastText, StringComparison.Ordinal);
        Assert.Equal(channelId == "webchat", person.LastText.Contains("In the web chat", StringComparison.Ordinal));
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) => [obj],
        JsonObject obj => obj.SelectMany(pair => Inputs(pair.Value)),
        JsonArray array => array.SelectMany(Inputs),
        _ => [],
    };
}
