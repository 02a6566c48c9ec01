using System.Text;
using System.Text.Json;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Tests.State;

public sealed class StoredLayoutTests
{
    [Fact]
    public void Read_DocumentWithNestedValuesEscapesAndWhitespace_FindsEachValueWhereItLies()
    {
        var json = Encoding.UTF8.GetBytes("""
            {
              "coach": { "workout": { "results": [1, {"a": "}"}] }, "note": "say \"hi\"" },
              "count" : 3,
              "name": "knee \u00e9",
              "gone": null,
              "list": []
            }
            """);

        var layout = StoredLayout.Read(json, maxDepth: 64)!;

        Assert.Equal(5, layout.Count);
        Assert.Equal("""{ "workout": { "results": [1, {"a": "}"}] }, "note": "say \"hi\"" }""", Value(layout, json, "coach"));
        Assert.Equal("3", Value(layout, json, "count"));
        Assert.Equal("\"knee \\u00e9\"", Value(layout, json, "name"));
        Assert.Equal("[]", Value(layout, json, "list"));
        Assert.False(layout.TryGetValue(json, "gone", out _));
        Assert.False(layout.TryGetValue(json, "missing", out _));
    }

    [Fact]
    public void Read_NameGivenTwice_TheLastOneCounts()
    {
        var json = """{"sets":1,"sets":2}"""u8.ToArray();

        Assert.Equal("2", Value(StoredLayout.Read(json, 64)!, json, "sets"));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public void Read_NotAnObject_IsNull(string json) => Assert.Null(StoredLayout.Read(Encoding.UTF8.GetBytes(json), 64));

    [Theory]
    [InlineData("{\"a\":1")]
    [InlineData("{\"a\":1} trailing")]
    [InlineData("{\"a\":}")]
    public void Read_NotValidJson_Throws(string json) =>
        Assert.ThrowsAny<JsonException>(() => StoredLayout.Read(Encoding.UTF8.GetBytes(json), 64));

    [Fact]
    public void Fits_OnlyBytesLongEnoughForEveryValue()
    {
        var json = """{"coach":{"mode":1}}"""u8.ToArray();
        var layout = StoredLayout.Read(json, 64)!;

        Assert.True(layout.Fits(json.Length));
        Assert.False(layout.Fits(json.Length - 3));
    }

    private static string Value(StoredLayout layout, byte[] json, string name)
    {
        Assert.True(layout.TryGetValue(json, name, out var value));
        return Encoding.UTF8.GetString(value);
    }
}
