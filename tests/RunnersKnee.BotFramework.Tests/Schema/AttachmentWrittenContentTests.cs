using System.Text;
using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Tests.Schema;

/// <summary>
/// A card the app wrote is sent as its own bytes; the channel must get exactly the activity it got when the card
/// was an element, and the content must still read back as that element.
/// </summary>
public sealed class AttachmentWrittenContentTests
{
    private const string Card = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Step-ups \u003Cleft\u003E \u0026 \u0022r\u0022 \u00F1"}],"n":[1,2.5,true,null]}""";

    [Fact]
    public void WrittenContent_SendsTheSameActivityAsTheElement()
    {
        var written = new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Name = "card" };
        written.SetWrittenContent(Encoding.UTF8.GetBytes(Card));
        var element = new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Name = "card", Content = JsonDocument.Parse(Card).RootElement.Clone() };

        var sent = Encoding.UTF8.GetString(BotJson.SerializeActivity(new Activity { Type = ActivityTypes.Message, Attachments = [written] }));

        Assert.Equal(Encoding.UTF8.GetString(BotJson.SerializeActivity(new Activity { Type = ActivityTypes.Message, Attachments = [element] })), sent);
        Assert.Contains("\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":" + Card + ",\"name\":\"card\"}]", sent);
    }

    [Fact]
    public void WrittenContent_ReadsBackAsTheElement_AndSurvivesTheWire()
    {
        var written = new Attachment { ContentType = "application/vnd.microsoft.card.adaptive" };
        written.SetWrittenContent(Encoding.UTF8.GetBytes(Card));

        Assert.Equal("Step-ups <left> & \"r\" ñ", written.Content!.Value.GetProperty("body")[0].GetProperty("text").GetString());

        var received = BotJson.DeserializeActivity(BotJson.SerializeActivity(new Activity { Type = ActivityTypes.Message, Attachments = [written] }))!;
        Assert.Equal(Card, received.Attachments![0].Content!.Value.GetRawText());
    }

    [Fact]
    public void ContentSetAfterWrittenContent_IsWhatIsSent()
    {
        var attachment = new Attachment { ContentType = "application/json" };
        attachment.SetWrittenContent(Encoding.UTF8.GetBytes(Card));
        attachment.Content = JsonDocument.Parse("""{"replaced":true}""").RootElement.Clone();

        var sent = Encoding.UTF8.GetString(BotJson.SerializeActivity(new Activity { Type = ActivityTypes.Message, Attachments = [attachment] }));

        Assert.Contains("\"content\":{\"replaced\":true}", sent);
        Assert.DoesNotContain("AdaptiveCard", sent);
    }
}
