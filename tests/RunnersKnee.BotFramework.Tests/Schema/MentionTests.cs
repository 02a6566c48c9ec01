using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Tests.Schema;

public sealed class MentionTests
{
    private const string BotId = "28:bot";

    [Fact]
    public void GetTextWithoutMentions_RealChannelMentionOfTheBot_LeavesOnlyWhatTheUserSaid()
    {
        var activity = RealPayloads.Activity(RealPayloads.TeamsChannelBotMention);

        Assert.Equal("reply to thread", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_RealMentionOfAnotherUser_KeepsThatMention()
    {
        var activity = RealPayloads.Activity(RealPayloads.TeamsChannelUserMention);

        Assert.Equal("Hey <at>Pranav Smith</at> check out this message", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_NoMentions_ReturnsTheTextTrimmed()
    {
        var activity = RealPayloads.Activity(RealPayloads.TeamsPersonalMessage);

        Assert.Equal("Hello Teams TestBot.Sending bold-italic rich text", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_BotMentionedMidSentence_JoinsTheRestWithOneSpace()
    {
        var activity = Message("please <at>Coach</at>   start my workout ", Mention(BotId, "Coach", "<at>Coach</at>"));

        Assert.Equal("please start my workout", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_EntityTextDiffersFromMessageText_FallsBackToTheAtMarkupOfTheBot()
    {
        // Teams' own samples write the entity as <at>@Name</at> and the text as <at>Name</at>.
        var activity = Message("<at>Runner's Knee Coach</at> what's next", Mention(BotId, "Runner's Knee Coach", "<at>@Runner's Knee Coach</at>"));

        Assert.Equal("what's next", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_BotAndAnotherUserMentioned_RemovesOnlyTheBot()
    {
        var activity = Message(
            "<at>Coach</at> tell <at>Megan Bowen</at> I did 3 sets",
            Mention(BotId, "Coach", "<at>Coach</at>"),
            Mention("29:megan", "Megan Bowen", "<at>Megan Bowen</at>"));

        Assert.Equal("tell <at>Megan Bowen</at> I did 3 sets", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_MentionNamesTheBotButIdIsSomeoneElse_KeepsIt()
    {
        var activity = Message("<at>Coach</at> hi", Mention("29:someone-called-coach", "Coach", "<at>Coach</at>"));

        Assert.Equal("<at>Coach</at> hi", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_NoText_ReturnsEmpty()
    {
        var activity = Message(null, Mention(BotId, "Coach", "<at>Coach</at>"));

        Assert.Equal(string.Empty, activity.GetTextWithoutMentions());
    }

    private static Activity Message(string? text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = BotId, Name = "Coach" },
        Entities = [.. entities],
    };

    private static Entity Mention(string id, string name, string text) => new()
    {
        Type = "mention",
        Properties = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(new { id, name }),
            ["text"] = JsonSerializer.SerializeToElement(text),
        },
    };
}
