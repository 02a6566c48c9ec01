using RunnersKnee.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// The fifth red-team round: whole conversations typed as people type (typos, no punctuation, minimising, jokes,
/// self-corrections, numbers in words, English and Spanish), kept as scripts in
/// <c>Scripts/free-text-round5.txt</c> and run over /api/messages. An emergency or crisis gets its route and never
/// an exercise card after it; a knee red flag ends in care of at least the expected urgency, with no exercise card
/// after it; a typical runner's knee reaches the first set within <see cref="QuickWorkoutMessages"/> messages.
/// </summary>
public sealed class FreeTextConversationTests(CoachAppFixture app, ITestOutputHelper output) : IClassFixture<CoachAppFixture>
{
    /// <summary>About two minutes of typing on a phone: "under two minutes of conversation" from the first hello.</summary>
    private const int QuickWorkoutMessages = 14;

    // What each urgency looks like to the person, in English and Spanish, most urgent first.
    private static readonly (string Level, string[] Texts)[] CareTexts =
    [
        ("crisis", ["You don't have to face this alone", "No tienes que pasar por esto a solas"]),
        ("emergency", ["Please get help now", "Pide ayuda ahora"]),
        ("today", ["Please get medical help today", "Please see a doctor today", "needs checking by a doctor today", "Busca atención médica hoy", "Ve hoy al médico", "necesita que te vea un médico hoy"]),
        ("soon", ["Please see a doctor soon", "This may not be runner's knee", "Get it checked first", "Please see a doctor or physio with a parent",
            "Ve pronto al médico", "Puede que no sea rodilla del corredor", "Que te lo revisen primero", "Ve al médico o al fisio con tu madre"]),
    ];

    private static readonly string[] CrisisLines = ["988", "116 123", "024"];

    /// <summary>The rounds' script files; ids are unique across them.</summary>
    private static readonly string[] Rounds = ["free-text-round5.txt", "free-text-round6.txt"];

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var script in AllScripts())
        {
            data.Add(script.Id);
        }

        return data;
    }

    private static List<FreeTextScript> AllScripts() => [.. Rounds.SelectMany(round => FreeTextScript.Read(round))];

    [Fact]
    public void TheScriptsCoverEveryClass()
    {
        var scripts = AllScripts();
        Assert.True(scripts.Count >= 40, $"{scripts.Count} scripts");
        Assert.True(scripts.Count(s => s.Expect is "emergency" or "crisis") >= 12);
        Assert.True(scripts.Count(s => s.Expect is "today" or "soon") >= 14);
        Assert.True(scripts.Count(s => s.Expect == "workout") >= 14);
        Assert.Equal(scripts.Count, scripts.Select(s => s.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Conversation_EndsAsAClinicianWouldWant(string id)
    {
        var script = AllScripts().Single(s => s.Id == id);
        output.WriteLine(script.ToString());
        var person = app.NewPerson();
        await GetToAsync(person, script);

        string? care = null;
        int? setCardAt = null;
        for (var i = 0; i < script.Messages.Count; i++)
        {
            await SendAsync(person, script, script.Messages[i]);
            output.WriteLine($"> {script.Messages[i]}\n{person.LastText}\n");
            care = Stronger(care, LevelOf(person.LastText));
            if (care is not null)
            {
                Assert.False(person.ShowsSetCard, $"An exercise card after the {care} route, at '{script.Messages[i]}'.");
            }

            setCardAt ??= person.ShowsSetCard || person.ShowsRestCard ? i + 1 : null;
        }

        if (script.Expect == "workout")
        {
            Assert.Null(care);
            Assert.True(setCardAt is { } at && at <= QuickWorkoutMessages, $"The first set came at message {setCardAt?.ToString() ?? "never"}.");
            return;
        }

        switch (script.Expect)
        {
            case "emergency":
                Assert.True(care == "emergency", $"Expected the emergency route, got '{care ?? "nothing"}'.");
                break;
            case "crisis":
                Assert.True(care == "crisis" || (care == "emergency" && CrisisLines.Any(person.Transcript.Contains)), $"Expected the crisis route, got '{care ?? "nothing"}'.");
                break;
            default:
                // A knee red flag is care by its tier, not an ambulance: "my knee collapsed under me" is giving way.
                Assert.True(Rank(care) >= Rank(script.Expect) && Rank(care) < Rank("emergency"), $"Expected care at least '{script.Expect}' and no ambulance, got '{care ?? "nothing"}'.");
                break;
        }

        // The care holds: asking for the workout straight after brings no exercise card.
        await SendAsync(person, script, script.Locale == "es" ? "empezar entrenamiento" : "start workout");
        output.WriteLine($"> start workout\n{person.LastText}\n");
        Assert.False(person.ShowsSetCard, "'start workout' after the care route showed an exercise card.");
    }

    private static async Task GetToAsync(ConversationDriver person, FreeTextScript script)
    {
        switch (script.From)
        {
            case "first":
                await person.JoinAsync();
                break;
            case "intake":
                await person.SayAsync("hi");
                break;
            case "offer":
                await person.AnswerIntakeAsync();
                break;
            case "declined":
                await person.AnswerIntakeAsync();
                await person.SayAsync("not now");
                break;
            case "mid-set":
                await person.StartWorkoutAsync();
                break;
            case "rest":
                await person.StartWorkoutAsync();
                await person.ClickAsync("Done set");
                break;
            case "pain-check":
                await person.StartWorkoutAsync();
                await person.FinishExerciseAsync();
                break;
            case "stopped":
                await person.StartWorkoutAsync();
                await person.SayAsync("stop");
                break;
            default:
                throw new InvalidOperationException($"{script.Id}: unknown start '{script.From}'.");
        }
    }

    private static Task SendAsync(ConversationDriver person, FreeTextScript script, string message) =>
        message == "[Done set]"
            ? person.ClickAsync("Done set")
            : person.PostAsync(new BotFramework.Schema.Activity { Type = BotFramework.Schema.ActivityTypes.Message, Text = message, Locale = script.Locale == "es" ? "es-ES" : "en-US" });

    private static string? LevelOf(string text) =>
        CareTexts.FirstOrDefault(level => level.Texts.Any(t => text.Contains(t, StringComparison.Ordinal))).Level;

    private static string? Stronger(string? a, string? b) => Rank(b) > Rank(a) ? b : a;

    private static int Rank(string? level) => level switch
    {
        "crisis" or "emergency" => 3,
        "today" => 2,
        "soon" => 1,
        _ => 0,
    };
}
