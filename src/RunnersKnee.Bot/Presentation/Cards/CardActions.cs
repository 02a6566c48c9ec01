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
    public static JsonObject Submit(string title, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    /// <summary>A button that answers in place in Teams (adaptiveCard/action invoke) and submits elsewhere.</summary>
    public static JsonObject Execute(string channelId, string title, string verb, JsonObject data, string? style = null)
    {
        if (channelId != Channels.MsTeams)
        {
            return Submit(title, data, style);
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

    /// <summary>Opens a Teams dialog (task module) via a <c>task/fetch</c> invoke; elsewhere a plain submit.</summary>
    public static JsonObject TaskFetch(string channelId, string title, JsonObject data)
    {
        if (channelId == Channels.MsTeams)
        {
            data["msteams"] = new JsonObject { ["type"] = "task/fetch" };
        }

        return Submit(title, data);
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
}
