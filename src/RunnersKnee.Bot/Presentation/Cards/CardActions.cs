using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// Builds card buttons. Web Chat only acts on <c>Action.Submit</c> with an object <c>data</c> (it ignores
/// Action.Execute); Teams gets <c>Action.Execute</c> where an in-place card update helps, with an Action.Submit
/// fallback for clients that lack Universal Actions. Each button is a piece that writes itself into the card's JSON
/// (<see cref="WrittenJson"/>): the same JSON as the tree of objects it replaced, without the tree.
/// </summary>
public static class CardActions
{
    /// <summary>The marker Web Chat looks for in an Action.Submit's data to perform the card action inside it instead.</summary>
    public const string WebChatCardActionMarker = "__isBotFrameworkCardAction";

    private static readonly JsonEncodedText TypeProperty = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText TitleProperty = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText DataProperty = JsonEncodedText.Encode("data");

    public static JsonNode Submit(string title, JsonObject data, string? style = null) =>
        WrittenJson.Node((title, data, style), static (writer, button) => WriteSubmit(writer, button.title, button.data, button.style));

    /// <summary>
    /// A button that sends <paramref name="data"/> and, in Web Chat, shows <paramref name="displayText"/> as the
    /// person's own message, so the transcript says what they chose. Web Chat 4.18 performs the card action held in
    /// an Action.Submit whose data carries <see cref="WebChatCardActionMarker"/> (AdaptiveCardRenderer.tsx): a
    /// messageBack posts the value (what the bot reads) with <c>channelData.messageBack.displayText</c> (what the
    /// bubble shows). Teams and other channels get the plain submit, whose data is the value itself.
    /// </summary>
    public static JsonNode Tap(string channelId, string title, JsonObject data, string? style = null, string? displayText = null) =>
        WrittenJson.Node((channelId, title, data, style, displayText), static (writer, button) =>
            WriteTap(writer, button.channelId, button.title, button.data, button.style, button.displayText));

    /// <summary>A button that answers in place in Teams (adaptiveCard/action invoke) and taps elsewhere.</summary>
    public static JsonNode Execute(string channelId, string title, string verb, JsonObject data, string? style = null) =>
        WrittenJson.Node((channelId, title, verb, data, style), static (writer, button) =>
        {
            if (button.channelId != Channels.MsTeams)
            {
                WriteTap(writer, button.channelId, button.title, button.data, button.style, displayText: null);
                return;
            }

            writer.WriteStartObject();
            writer.WriteString(TypeProperty, "Action.Execute");
            writer.WriteString(TitleProperty, button.title);
            writer.WriteString("verb", button.verb);
            writer.WritePropertyName(DataProperty);
            button.data.WriteTo(writer);
            writer.WritePropertyName("fallback");
            WriteSubmit(writer, button.title, button.data, button.style);
            WriteStyle(writer, button.style);
            writer.WriteEndObject();
        });

    /// <summary>Opens a Teams dialog (task module) via a <c>task/fetch</c> invoke; elsewhere a plain tap.</summary>
    public static JsonNode TaskFetch(string channelId, string title, JsonObject data, string? style = null)
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
    public static JsonArray Rows(IEnumerable<JsonNode> actions, int perRow)
    {
        var rows = new JsonArray();
        foreach (var chunk in actions.Chunk(perRow))
        {
            rows.Add(WrittenJson.Node(chunk, static (writer, buttons) =>
            {
                writer.WriteStartObject();
                writer.WriteString(TypeProperty, "ActionSet");
                writer.WriteStartArray("actions");
                foreach (var button in buttons)
                {
                    WrittenJson.Write(writer, button);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
        }

        return rows;
    }

    /// <summary>
    /// Buttons side by side on one line: a ColumnSet with one single-button ActionSet per column. Web Chat stacks
    /// the buttons of one ActionSet (its host config is vertical), so this is the layout that gives a compact row in
    /// both Web Chat and Teams. <paramref name="width"/> is each column's: "stretch" shares the line, "auto" fits
    /// the title (chips).
    /// </summary>
    public static JsonNode Row(IEnumerable<JsonNode> actions, string width = "stretch", string spacing = "Small") =>
        Row(actions.Select(action => (action, width)), spacing);

    /// <summary>Like <see cref="Row(IEnumerable{JsonNode}, string, string)"/> with a width per button.</summary>
    public static JsonNode Row(IEnumerable<(JsonNode Action, string Width)> actions, string spacing = "Small") =>
        // The buttons are made first: a lazy sequence would write them inside the row's own writing.
        WrittenJson.Node((actions: actions.ToArray(), spacing), static (writer, row) =>
        {
            writer.WriteStartObject();
            writer.WriteString(TypeProperty, "ColumnSet");
            writer.WriteString("spacing", row.spacing);
            writer.WriteStartArray("columns");
            foreach (var (action, width) in row.actions)
            {
                writer.WriteStartObject();
                writer.WriteString(TypeProperty, "Column");
                writer.WriteString("width", width);
                writer.WriteStartArray("items");
                writer.WriteStartObject();
                writer.WriteString(TypeProperty, "ActionSet");
                writer.WriteStartArray("actions");
                WrittenJson.Write(writer, action);
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteSubmit(Utf8JsonWriter writer, string title, JsonObject data, string? style)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeProperty, "Action.Submit");
        writer.WriteString(TitleProperty, title);
        writer.WritePropertyName(DataProperty);
        data.WriteTo(writer);
        WriteStyle(writer, style);
        writer.WriteEndObject();
    }

    private static void WriteTap(Utf8JsonWriter writer, string channelId, string title, JsonObject data, string? style, string? displayText)
    {
        if (channelId is not (Channels.WebChat or Channels.DirectLine))
        {
            WriteSubmit(writer, title, data, style);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(TypeProperty, "Action.Submit");
        writer.WriteString(TitleProperty, title);
        writer.WriteStartObject(DataProperty);
        writer.WriteBoolean(WebChatCardActionMarker, true);
        writer.WriteStartObject("cardAction");
        writer.WriteString(TypeProperty, "messageBack");
        writer.WriteString(TitleProperty, title);
        writer.WriteString("displayText", displayText ?? title);
        writer.WriteString("text", string.Empty);
        writer.WritePropertyName("value");
        data.WriteTo(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
        WriteStyle(writer, style);
        writer.WriteEndObject();
    }

    private static void WriteStyle(Utf8JsonWriter writer, string? style)
    {
        if (style is not null)
        {
            writer.WriteString("style", style);
        }
    }
}
