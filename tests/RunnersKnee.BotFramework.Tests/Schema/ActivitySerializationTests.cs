using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Tests.Schema;

public sealed class ActivitySerializationTests
{
    [Theory]
    [MemberData(nameof(RealPayloads.All), MemberType = typeof(RealPayloads))]
    public void SerializeActivity_RealPayloadRoundTrip_KeepsEveryField(string name)
    {
        var json = RealPayloads.Json(name);

        var written = BotJson.SerializeActivity(RealPayloads.Activity(name));

        WireJson.AssertEquivalent(WireJson.Normalize(json), WireJson.Normalize(Encoding.UTF8.GetString(written)));
    }

    [Fact]
    public void SerializeActivity_UnknownFieldsAtEveryLevel_SurviveTheRoundTrip()
    {
        const string json = """
            {
              "type": "message", "id": "1", "isTargeted": true, "legacy": { "replyToId": "1:abc" },
              "serviceUrl": "https://smba.trafficmanager.net/amer/", "channelId": "msteams",
              "from": { "id": "29:user", "userPrincipalName": "megan@contoso.com" },
              "recipient": { "id": "28:bot", "role": "bot", "agenticAppId": "x" },
              "conversation": { "id": "a:1", "properties": { "x": 1 } },
              "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive",
                                 "content": { "type": "AdaptiveCard", "version": "1.5", "body": [] }, "contentSource": "bot" } ],
              "entities": [ { "type": "mention", "mentioned": { "id": "28:bot", "name": "Coach" }, "text": "<at>Coach</at>" },
                            { "type": "https://schema.org/Message", "@type": "Message", "citation": [ { "position": 1 } ] } ],
              "suggestedActions": { "actions": [ { "type": "imBack", "title": "Yes", "value": "yes", "channelData": { "k": 1 } } ] },
              "channelData": { "source": { "name": "message" }, "Legacy": { "a": [ 1, 2.50, null, "s" ] }, "clientActivityID": "x1" },
              "value": { "n": 1.0e2, "nested": { "deep": [ { "a": null } ] } },
              "relatesTo": { "conversation": { "id": "c", "properties": {} }, "channelId": "webchat", "serviceUrl": "https://webchat.botframework.com/" }
            }
            """;

        var activity = BotJson.DeserializeActivity(Encoding.UTF8.GetBytes(json))!;
        var written = Encoding.UTF8.GetString(BotJson.SerializeActivity(activity));

        WireJson.AssertEquivalent(WireJson.Normalize(json), WireJson.Normalize(written));
        Assert.True(activity.Properties!["isTargeted"].GetBoolean());
    }

    [Fact]
    public void SerializeActivity_NullFields_AreLeftOut()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            From = new ChannelAccount { Id = "28:bot" },
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive" }],
        };

        var written = JsonNode.Parse(BotJson.SerializeActivity(activity))!.AsObject();

        Assert.Equal(["type", "from", "text", "attachments"], written.Select(p => p.Key));
        Assert.Equal(["id"], written["from"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["contentType"], written["attachments"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void SerializeActivity_AllFields_WritesCamelCaseAndLeavesFreeFormKeysAlone()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
            ChannelId = Channels.MsTeams,
            ReplyToId = "1",
            TextFormat = "plain",
            InputHint = InputHints.ExpectingInput,
            AttachmentLayout = "list",
            LocalTimezone = "Europe/Berlin",
            From = new ChannelAccount { Id = "28:bot", AadObjectId = "a" },
            Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal", TenantId = "t", IsGroup = false },
            MembersAdded = [new ChannelAccount { Id = "29:u" }],
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://x/y.png", ThumbnailUrl = "https://x/t.png" }],
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "messageBack", DisplayText = "Yes" }] },
            RelatesTo = new ConversationReference { ActivityId = "1", ChannelId = Channels.MsTeams, ServiceUrl = "https://x/" },
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["clientActivityID"] = "c1", ["Notification"] = new { Alert = true } }),
        };

        var written = JsonNode.Parse(BotJson.SerializeActivity(activity));
        var names = WireJson.PropertyNames(written, "channelData").ToList();

        Assert.All(names, name => Assert.True(char.IsLower(name[0]), $"'{name}' is not camelCase."));
        Assert.Subset(
            names.ToHashSet(),
            new HashSet<string>
            {
                "serviceUrl", "channelId", "replyToId", "textFormat", "inputHint", "attachmentLayout", "localTimezone",
                "aadObjectId", "conversationType", "tenantId", "isGroup", "membersAdded", "contentType", "contentUrl",
                "thumbnailUrl", "suggestedActions", "displayText", "relatesTo", "activityId",
            });
        Assert.Equal("c1", written!["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.NotNull(written["channelData"]!["Notification"]);
    }

    [Fact]
    public void DeserializeActivity_OddCasing_ReadsKnownFieldsAndWritesThemBackInCamelCase()
    {
        const string json = """
            {"TYPE":"message","Id":"1","ServiceURL":"https://x/","CHANNELID":"msteams","Text":"hi","ReplyToID":"0",
             "From":{"ID":"29:u","AADObjectId":"a"},"Conversation":{"Id":"c","IsGroup":true,"ConversationType":"channel"},
             "MembersAdded":[{"Id":"m"}],"Entities":[{"Type":"mention"}],"ChannelData":{"Tenant":{"Id":"t"}}}
            """;

        var activity = BotJson.DeserializeActivity(Encoding.UTF8.GetBytes(json))!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("https://x/", activity.ServiceUrl);
        Assert.Equal(Channels.MsTeams, activity.ChannelId);
        Assert.Equal("0", activity.ReplyToId);
        Assert.Equal("a", activity.From!.AadObjectId);
        Assert.True(activity.Conversation!.IsGroup);
        Assert.Equal("m", activity.MembersAdded![0].Id);
        Assert.Equal("mention", activity.Entities![0].Type);
        Assert.Null(activity.Properties);
        Assert.Equal("t", activity.ChannelData!.Value.GetProperty("Tenant").GetProperty("Id").GetString());

        var written = JsonNode.Parse(BotJson.SerializeActivity(activity))!.AsObject();
        Assert.Equal("https://x/", written["serviceUrl"]!.GetValue<string>());
        Assert.Equal("29:u", written["from"]!["id"]!.GetValue<string>());
    }
}
