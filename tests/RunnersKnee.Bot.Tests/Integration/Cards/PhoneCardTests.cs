using System.Text.Json.Nodes;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Cards;

/// <summary>
/// The set and pain cards as a phone shows them: one primary button, the rest in compact rows of two, the pain
/// scale as labelled chips; in Web Chat a tap shows what was chosen as the person's message.
/// </summary>
public sealed class PhoneCardTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task SetCard_DistanceSet_DoneIsTheOnePrimaryAndTheRestTwoByTwo(string channelId)
    {
        var person = app.NewPerson(channelId);
        await person.StartWorkoutAsync();

        var rows = ActionRows(SetCard(person));

        Assert.Equal([["Done set"], ["Easier", "Skip"], ["Pause", "Stop"]], rows.Select(row => row.Select(Title)));
        Assert.Equal(["Done set"], Primary(SetCard(person)));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task SetCard_TimedRepSet_StartTimerIsTheOnePrimary(string channelId)
    {
        var person = app.NewPerson(channelId);
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");

        var rows = ActionRows(SetCard(person));

        Assert.Contains("Banded Side Clams", person.LastText, StringComparison.Ordinal);
        Assert.Equal([["Start timer", "Done set"], ["Easier", "Skip"], ["Pause", "Stop"]], rows.Select(row => row.Select(Title)));
        Assert.Equal(["Start timer"], Primary(SetCard(person)));
    }

    [Fact]
    public async Task SetCard_EveryActionSet_HoldsOneButtonSoWebChatNeverStacksThem()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        var actionSets = Descendants(SetCard(person)).Where(node => node["type"]?.GetValue<string>() == "ActionSet").ToList();

        Assert.Equal(5, actionSets.Count);
        Assert.All(actionSets, set => Assert.Single(set["actions"]!.AsArray()));
    }

    [Fact]
    public async Task PainCheck_ElevenChipsInThreeLabelledBands()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");
        await person.FinishExerciseAsync();

        var card = person.LastCards.Last();
        var body = card["body"]!.AsArray()[1]!["items"]!.AsArray();

        Assert.Equal(["0–3: fine", "4–5: acceptable", "6–10: too much"], body.Where(n => n!["type"]!.GetValue<string>() == "TextBlock").Select(n => n!["text"]!.GetValue<string>()));
        Assert.Equal(
            [["0", "1", "2", "3"], ["4", "5"], ["6", "7", "8", "9", "10"]],
            body.Where(n => n!["type"]!.GetValue<string>() == "ColumnSet").Select(row => Buttons(row!).Select(Title)));
        Assert.All(body.Where(n => n!["type"]!.GetValue<string>() == "ColumnSet"), row => Assert.All(row!["columns"]!.AsArray(), column => Assert.Equal("auto", column!["width"]!.GetValue<string>())));
    }

    [Fact]
    public async Task WebChat_Tap_ShowsTheChoiceAsTheirMessageAndSendsTheValue()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        var done = Buttons(SetCard(person)).Single(b => Title(b) == "Done set");

        var data = done["data"]!.AsObject();

        Assert.True(data[CardActions.WebChatCardActionMarker]!.GetValue<bool>());
        var cardAction = data["cardAction"]!;
        Assert.Equal(("messageBack", "Done set", string.Empty), (cardAction["type"]!.GetValue<string>(), cardAction["displayText"]!.GetValue<string>(), cardAction["text"]!.GetValue<string>()));
        Assert.Equal("Done", cardAction["value"]!["command"]!.GetValue<string>());

        // What Web Chat then posts: the value, empty text, and the display text in channelData.
        await person.PostAsync(new BotFramework.Schema.Activity
        {
            Type = "message",
            Text = string.Empty,
            Value = BotFramework.Schema.BotJson.ToElement(cardAction["value"]!),
            ChannelData = BotFramework.Schema.BotJson.ToElement(new { messageBack = new { displayText = "Done set" } }),
        });
        Assert.Contains("Set done.", person.LastText, StringComparison.Ordinal);
        ShownAssert.Ends(person, Shown.RestCard);
    }

    [Fact]
    public async Task WebChat_PainChip_ShowsTheScoreOutOfTen()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");
        await person.FinishExerciseAsync();

        var six = Buttons(person.LastCards.Last()).Single(b => Title(b) == "6");

        Assert.Equal("6/10", six["data"]!["cardAction"]!["displayText"]!.GetValue<string>());
        Assert.Equal("6", CardActions.DataOf(six)!["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Teams_Buttons_KeepTheirPlainDataWithoutWebChatsForm()
    {
        var person = app.NewPerson("msteams");
        await person.StartWorkoutAsync();

        Assert.All(Buttons(SetCard(person)), button => Assert.Null(button["data"]![CardActions.WebChatCardActionMarker]));
    }

    private static JsonObject SetCard(ConversationDriver person) =>
        person.LastCards.Last(card => Buttons(card).Any(b => Title(b) == "Done set"));

    private static List<List<JsonObject>> ActionRows(JsonObject card) =>
        [.. card["body"]!.AsArray().Where(n => n!["type"]!.GetValue<string>() == "ColumnSet").Select(row => Buttons(row!).ToList())];

    private static IEnumerable<string> Primary(JsonObject card) =>
        Buttons(card).Where(b => b["style"]?.GetValue<string>() == "positive").Select(Title);

    private static string Title(JsonObject button) => button["title"]!.GetValue<string>();

    private static IEnumerable<JsonObject> Buttons(JsonNode node) =>
        Descendants(node).Where(n => n["type"]?.GetValue<string>() is "Action.Submit" or "Action.Execute" && n.Parent is JsonArray { Parent: JsonObject { } parent } && parent["type"]?.GetValue<string>() == "ActionSet");

    private static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
        }

        var children = node switch
        {
            JsonObject o => o.Select(pair => pair.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var found in Descendants(child))
            {
                yield return found;
            }
        }
    }
}
