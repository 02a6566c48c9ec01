using System.Net;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Cards;

/// <summary>
/// Drives conversations on one channel so that the bot sends every card it has: the welcome, each intake question,
/// every triage outcome, advice and PT guidance, each exercise in both versions, timer, rest, paused, pain check,
/// summary, help, and (in Teams) the card an <c>adaptiveCard/action</c> answers with.
/// </summary>
public static class CardTour
{
    private static readonly string[] Start = ["hi", "behind the kneecap", "dull ache", "running and stairs"];

    /// <summary>Intake answers (after the four above) that lead to each outcome; the guardian one also asks the guardian question.</summary>
    private static readonly string[][] Outcomes =
    [
        ["3 weeks", "gradually", "3", "34", "yes"],
        ["3 weeks", "gradually", "3", "34", "no", "yes"],
        ["3 weeks", "gradually", "3", "14", "no", "no"],
        ["3 weeks", "gradually", "3", "17", "no", "no", "no"],
        ["3 days", "gradually", "3", "52", "no", "no"],
        ["3 weeks", "after a fall", "3", "34", "no", "no"],
        ["3 weeks", "gradually", "8", "34", "no", "no"],
    ];

    private static readonly int ExerciseCount = new RunnersKnee.Bot.Workout.ExerciseCatalog().Exercises.Count;

    public static async Task<TourResult> RunAsync(CoachHarness harness, string channelId)
    {
        var invokeCards = new List<JsonObject>();
        await WorkoutAsync(harness, channelId, invokeCards);
        foreach (var answers in Outcomes)
        {
            var person = harness.NewPerson(channelId);
            await person.JoinAsync();
            foreach (var answer in Start.Concat(answers))
            {
                await person.SayAsync(answer);
            }
        }

        var emergency = harness.NewPerson(channelId);
        await emergency.SayAsync("hi");
        await emergency.SayAsync("call an ambulance");
        return new TourResult(channelId, harness.Connector.SentActivities(), invokeCards);
    }

    private static async Task WorkoutAsync(CoachHarness harness, string channelId, List<JsonObject> invokeCards)
    {
        var person = harness.NewPerson(channelId);
        await person.JoinAsync();
        foreach (var answer in CoachHarness.ClearedIntake)
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync("help");
        await person.SayAsync("yes");
        await person.SayAsync("2");
        if (channelId == Channels.MsTeams)
        {
            var (status, body) = await new TeamsInvoker(harness.Client, harness.Connector, person).ExecuteAsync("done", person.FindButton("Done set"));
            Assert.Equal(HttpStatusCode.OK, status);
            invokeCards.Add(body!["value"]!.AsObject());
        }
        else
        {
            await person.SayAsync("done");
        }

        await person.SayAsync("pause");
        await person.SayAsync("resume");
        await person.SayAsync("skip rest");
        await person.SayAsync("I fell over on the stairs yesterday");
        await person.SayAsync("no");
        await person.SayAsync("no");
        for (var exercise = 1; exercise < ExerciseCount; exercise++)
        {
            await person.SayAsync("start timer");
            await person.SayAsync("easier");
            await person.SayAsync("skip");
        }

        await person.SayAsync("start timer");
        await person.SayAsync("easier");
        await person.SayAsync("done");
        await person.SayAsync("2");
        await person.ClickAsync("1");
        await person.SayAsync("help");

        // A second session, so the progress card has its chart; then the referral summary.
        await person.SayAsync("start workout");
        await person.SayAsync("skip");
        await person.SayAsync("done");
        await person.SayAsync("stop");
        await person.ClickAsync("2");
        await person.SayAsync("my progress");
        await person.SayAsync("summary for my physio");
    }
}
