using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Unit.Presentation.Cards;

/// <summary>
/// Buttons are written to JSON as they are made; what reaches the person must be exactly the buttons built as
/// trees of objects before (the shapes below are that code), in every channel, with and without a style, through
/// both the template writer and the bound tree.
/// </summary>
public sealed class CardActionsWritingTests
{
    private const string Title = "Done <now> & \"ñ\" — 'ok'";

    private static readonly CardTemplate Card = new("buttons", JsonNode.Parse("""
        { "type": "AdaptiveCard", "body": ["${rows}", { "type": "ActionSet", "actions": "${actions}" }] }
        """)!.AsObject());

    public static TheoryData<string, string?> Cases()
    {
        var cases = new TheoryData<string, string?>();
        foreach (var channel in new[] { Channels.WebChat, Channels.DirectLine, Channels.MsTeams, "slack" })
        {
            cases.Add(channel, null);
            cases.Add(channel, "positive");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Buttons_AreTheJsonOfTheTreesTheyReplaced(string channel, string? style)
    {
        Assert.Equal(TreeSubmit(Title, Data(), style).ToJsonString(), CardActions.Submit(Title, Data(), style).ToJsonString());
        Assert.Equal(TreeTap(channel, Title, Data(), style, null).ToJsonString(), CardActions.Tap(channel, Title, Data(), style).ToJsonString());
        Assert.Equal(TreeTap(channel, Title, Data(), style, "I said 6 ¡ya!").ToJsonString(), CardActions.Tap(channel, Title, Data(), style, "I said 6 ¡ya!").ToJsonString());
        Assert.Equal(TreeExecute(channel, Title, "done", Data(), style).ToJsonString(), CardActions.Execute(channel, Title, "done", Data(), style).ToJsonString());
        Assert.Equal(TreeTaskFetch(channel, Title, Data(), style).ToJsonString(), CardActions.TaskFetch(channel, Title, Data(), style).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RowsInACard_AreTheJsonOfTheTreesTheyReplaced(string channel, string? style)
    {
        var expected = new CardValues()
            .With("rows", new JsonArray(
                TreeRow([(TreeTap(channel, "1", Data(), style, null), "auto"), (TreeExecute(channel, Title, "done", Data(), style), "stretch")], "Small"),
                TreeRow([(TreeTap(channel, "2", Data(), null, "two"), "stretch")], "None")))
            .With("actions", TreeRows([TreeSubmit("a", Data(), style), TreeTap(channel, "b", Data(), null, null), TreeSubmit("c", Data(), null)], 2));
        var written = new CardValues()
            .With("rows", new JsonArray(
                // A lazy sequence, as the pain check passes: its buttons are made before the row is written.
                CardActions.Row(new[] { 1 }.Select(_ => (CardActions.Tap(channel, "1", Data(), style), "auto")).Append((CardActions.Execute(channel, Title, "done", Data(), style), "stretch"))),
                CardActions.Row([CardActions.Tap(channel, "2", Data(), displayText: "two")], spacing: "None")))
            .With("actions", CardActions.Rows(new[] { "a", "b", "c" }.Select(title => title switch
            {
                "a" => CardActions.Submit(title, Data(), style),
                "b" => CardActions.Tap(channel, title, Data()),
                _ => CardActions.Submit(title, Data()),
            }), 2));

        var expectedJson = Written(expected);
        Assert.Equal(expectedJson, Written(written));
        Assert.Equal(expectedJson, Card.Bind(written).ToJsonString());
    }

    [Fact]
    public void DataOf_ReadsTheValueBackFromTheWrittenButton()
    {
        var button = JsonNode.Parse(CardActions.Tap(Channels.WebChat, "6", Data(), displayText: "six").ToJsonString())!.AsObject();

        Assert.Equal("6", CardActions.DataOf(button)!["answer"]!.GetValue<string>());
    }

    private static JsonObject Data() => new() { ["sessionId"] = "s-1 <x>", ["step"] = 7, ["answer"] = "6" };

    private static string Written(CardValues values)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Card.WriteTo(writer, values);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonObject TreeSubmit(string title, JsonObject data, string? style)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    private static JsonObject TreeTap(string channelId, string title, JsonObject data, string? style, string? displayText)
    {
        if (channelId is not (Channels.WebChat or Channels.DirectLine))
        {
            return TreeSubmit(title, data, style);
        }

        var cardAction = new JsonObject
        {
            [CardActions.WebChatCardActionMarker] = true,
            ["cardAction"] = new JsonObject
            {
                ["type"] = "messageBack",
                ["title"] = title,
                ["displayText"] = displayText ?? title,
                ["text"] = string.Empty,
                ["value"] = data,
            },
        };
        return TreeSubmit(title, cardAction, style);
    }

    private static JsonObject TreeExecute(string channelId, string title, string verb, JsonObject data, string? style)
    {
        if (channelId != Channels.MsTeams)
        {
            return TreeTap(channelId, title, data, style, null);
        }

        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = TreeSubmit(title, (JsonObject)data.DeepClone(), style),
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    private static JsonObject TreeTaskFetch(string channelId, string title, JsonObject data, string? style)
    {
        if (channelId == Channels.MsTeams)
        {
            data["msteams"] = new JsonObject { ["type"] = "task/fetch" };
            return TreeSubmit(title, data, style);
        }

        return TreeTap(channelId, title, data, style, null);
    }

    private static JsonArray TreeRows(IEnumerable<JsonObject> actions, int perRow)
    {
        var rows = new JsonArray();
        foreach (var chunk in actions.Chunk(perRow))
        {
            rows.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. chunk]) });
        }

        return rows;
    }

    private static JsonObject TreeRow(IEnumerable<(JsonObject Action, string Width)> actions, string spacing) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = spacing,
        ["columns"] = new JsonArray([.. actions.Select(pair => (JsonNode)new JsonObject
        {
            ["type"] = "Column",
            ["width"] = pair.Width,
            ["items"] = new JsonArray(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(pair.Action) }),
        })]),
    };
}
