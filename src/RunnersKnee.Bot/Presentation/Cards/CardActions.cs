using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// Builds card buttons. Web Chat only acts on <c>Action.Submit</c> with an object <c>data</c> (it ignores
/// Action.Execute); Teams gets <c>Action.Execute</c> where an in-place card update helps, with an Action.Submit
/// fallback for clients that lack Universal Actions.
/// </summary>
public static class CardActions
{
    /// <summary>The marker Web Chat looks for in an Action.Submit's data to perform the card action inside it instead.</summary>
    public const string WebChatCardActionMarker = "__isBotFrameworkCardAction";

    public static JsonObject Submit(string title, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    /// <summary>
    /// A button that sends <paramref name="data"/> and, in Web Chat, shows <paramref name="displayText"/> as the
    /// person's own message, so the transcript says what they chose. Web Chat 4.18 performs the card action held in
    /// an Action.Submit whose data carries <see cref="WebChatCardActionMarker"/> (AdaptiveCardRenderer.tsx): a
    /// messageBack posts the value (what the bot reads) with <c>channelData.messageBack.displayText</c> (what the
    /// bubble shows). Teams and other channels get the plain submit, whose data is the value itself.
    /// </summary>
    public static JsonObject Tap(string channelId, string title, JsonObject data, string? style = null, string? displayText = null)
    {
        if (channelId is not (Channels.WebChat or Channels.DirectLine))
        {
            return Submit(title, data, style);
        }

        var cardAction = new JsonObject
        {
            [WebChatCardActionMarker] = true,
            ["cardAction"] = new JsonObject
            {
                ["type"] = "messageBack",
                ["title"] = title,
                ["displayText"] = displayText ?? title,
                ["text"] = string.Empty,
                ["value"] = data,
            },
        };
        return Submit(title, cardAction, style);
    }

    /// <summary>A button that answers in place in Teams (adaptiveCard/action invoke) and taps elsewhere.</summary>
    public static JsonObject Execute(string channelId, string title, string verb, JsonObject data, string? style = null)
    {
        if (channelId != Channels.MsTeams)
        {
            return Tap(channelId, title, data, style);
        }

        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = Submit(title, (JsonObject)data.DeepClone(), style),
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    /// <summary>Opens a Teams dialog (task module) via a <c>task/fetch</c> invoke; elsewhere a plain tap.</summary>
    public static JsonObject TaskFetch(string channelId, string title, JsonObject data, string? style = null)
    {
        if (channelId == Channels.MsTeams)
        {
            data["msteams"] = new JsonObject { ["type"] = "task/fetch" };
            return Submit(title, data, style);
        }

        return Tap(channelId, title, data, style);
    }

    /// <summary>The data a button sends: the value inside Web Chat's card-action form, or the submit data itself.</summary>
    public static JsonObject? DataOf(JsonObject action)
    {
        var data = (action["data"] ?? action["fallback"]?["data"]) as JsonObject;
        return data?[WebChatCardActionMarker] is not null ? data["cardAction"]?["value"] as JsonObject : data;
    }

    /// <summary>Splits buttons into rows (ActionSets) of at most <paramref name="perRow"/>, so Teams shows them all.</summary>
    public static JsonArray Rows(IEnumerable<JsonObject> actions, int perRow)
    {
        var rows = new JsonArray();
        foreach (var chunk in actions.Chunk(perRow))
        {
            rows.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. chunk]) });
        }

        return rows;
    }

    /// <summary>
    /// Buttons side by side on one line: a ColumnSet with one single-button ActionSet per column. Web Chat stacks
    /// the buttons of one ActionSet (its host config is vertical), so this is the layout that gives a compact row in
    /// both Web Chat and Teams. <paramref name="width"/> is each column's: "stretch" shares the line, "auto" fits
    /// the title (chips).
    /// </summary>
    public static JsonObject Row(IEnumerable<JsonObject> actions, string width = "stretch", string spacing = "Small") =>
        Row(actions.Select(action => (action, width)), spacing);

    /// <summary>Like <see cref="Row(IEnumerable{JsonObject}, string, string)"/> with a width per button.</summary>
    public static JsonObject Row(IEnumerable<(JsonObject Action, string Width)> actions, string spacing = "Small") => new()
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
