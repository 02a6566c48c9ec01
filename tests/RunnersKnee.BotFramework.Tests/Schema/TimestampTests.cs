using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Tests.Schema;

public sealed class TimestampTests
{
    public static TheoryData<string, string> Readable => new()
    {
        { "\"2025-10-08T17:33:01.4953744Z\"", "2025-10-08T17:33:01.4953744+00:00" },
        { "\"2025-03-11T22:03:56.63556+00:00\"", "2025-03-11T22:03:56.6355600+00:00" },
        { "\"2025-03-11T22:03:56.63556\\u002B00:00\"", "2025-03-11T22:03:56.6355600+00:00" },
        { "\"2017-02-01T14:10:07.437-07:00\"", "2017-02-01T14:10:07.4370000-07:00" },
        { "\"2025-10-08T17:33:01\"", "2025-10-08T17:33:01.0000000+00:00" },
        { "\" 2025-10-08T17:33:01Z \"", "2025-10-08T17:33:01.0000000+00:00" },
    };

    public static TheoryData<string> Unreadable => new()
    {
        "\"yesterday\"",
        "\"\"",
        "\"2025-03-11T22:03:56.63556\\\\u002B00:00\"",
        "1700000000",
        "true",
        "null",
        "{\"date\":[1,2,{\"x\":null}]}",
        "[\"2025-10-08T17:33:01Z\"]",
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void DeserializeActivity_TimestampForms_ParseToTheSameInstantAndOffset(string timestamp, string expected)
    {
        var activity = Read($$"""{"type":"message","timestamp":{{timestamp}},"localTimestamp":{{timestamp}},"text":"after"}""");

        Assert.Equal(expected, activity.Timestamp!.Value.ToString("O", CultureInfo.InvariantCulture));
        Assert.Equal(expected, activity.LocalTimestamp!.Value.ToString("O", CultureInfo.InvariantCulture));
        Assert.Equal("after", activity.Text);
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void DeserializeActivity_GarbageTimestamp_BecomesNullAndTheRestStillParses(string timestamp)
    {
        var activity = Read($$"""{"type":"message","timestamp":{{timestamp}},"localTimestamp":{{timestamp}},"text":"after","id":"7"}""");

        Assert.Null(activity.Timestamp);
        Assert.Null(activity.LocalTimestamp);
        Assert.Equal("after", activity.Text);
        Assert.Equal("7", activity.Id);
        Assert.Null(activity.Properties);
    }

    [Fact]
    public void SerializeActivity_Timestamp_IsWrittenInUtcWithZ()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = new DateTimeOffset(2025, 10, 8, 19, 33, 1, TimeSpan.FromHours(2)).AddTicks(4953744),
        };

        var written = JsonNode.Parse(BotJson.SerializeActivity(activity))!;

        Assert.Equal("2025-10-08T17:33:01.4953744Z", written["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public void SerializeActivity_LocalTimestamp_KeepsTheSendersOffset()
    {
        var activity = Read("""{"type":"message","localTimestamp":"2025-10-08T10:33:01.4953744-07:00"}""");

        var written = JsonNode.Parse(BotJson.SerializeActivity(activity))!;

        Assert.Equal("2025-10-08T10:33:01.4953744-07:00", written["localTimestamp"]!.GetValue<string>());
    }

    private static Activity Read(string json) => BotJson.DeserializeActivity(Encoding.UTF8.GetBytes(json))!;
}
