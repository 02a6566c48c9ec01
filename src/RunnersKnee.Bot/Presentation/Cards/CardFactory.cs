using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>Binds a template and wraps it as an activity attachment.</summary>
public sealed class CardFactory(CardLibrary library)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private const int MaxKeptBufferBytes = 256 * 1024;

    // One buffer per thread for writing cards: a card is written and parsed without an await in between.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public JsonObject Bind(string template, IReadOnlyDictionary<string, JsonNode?> values) => library[template].Bind(values);

    /// <summary>The bound card as an attachment, written straight to JSON (no bound tree is built on the way).</summary>
    public Attachment CreateAttachment(string template, IReadOnlyDictionary<string, JsonNode?> values)
    {
        // Written with the serializer's defaults, as the bound tree was, so the card's JSON is the same to the byte.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                library[template].WriteTo(writer, values);
            }

            // Sent as these bytes: the card is neither parsed into an element nor serialized a second time.
            var attachment = new Attachment { ContentType = AdaptiveCardContentType };
            attachment.SetWrittenContent(buffer.WrittenSpan.ToArray());
            return attachment;
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBufferBytes)
            {
                t_buffer = null;
            }
        }
    }
}
