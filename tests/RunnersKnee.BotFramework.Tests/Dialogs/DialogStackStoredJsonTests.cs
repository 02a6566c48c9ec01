using System.Security.Cryptography;
using System.Text;
using RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

/// <summary>
/// The dialog stack is stored byte for byte as it was when every component's inner stack went through JSON nodes on
/// each turn, so documents written before the change read the same, and an older build reads those written after.
/// The expected documents (their SHA-256, first 16 hex digits, and one in full) are those the earlier build stored for
/// the same turns of two nested components: answers, a retry, help (a reprompt), back (a step back), the end, a new
/// start and a cancel.
/// </summary>
public sealed class DialogStackStoredJsonTests
{
    private static readonly string[] Turns = ["hi", "Ann", "help", "abc", "34", "back", "Bea", "40", "help", "run", "yes", "hi", "cancel"];

    private static readonly string[] StoredBefore =
    [
        "7658F939DBE13FFB",
        "22B0D7710A95E5D3",
        "22B0D7710A95E5D3",
        "C6C7AD221227E807",
        "264BB260B18B5145",
        "26D41657AF0C08D9",
        "B101F8466D450A78",
        "ED2D9A33663AA6CF",
        "ED2D9A33663AA6CF",
        "4268F819F439860D",
        "226440EAD0D02FA5",
        "7658F939DBE13FFB",
        "226440EAD0D02FA5",
    ];

    [Fact]
    public async Task NestedComponents_EveryTurn_StoreTheSameBytesAsBefore()
    {
        var bot = new DialogTestRunner(new NestedProfileDialog());
        var stored = new List<string>();
        foreach (var message in Turns)
        {
            await bot.SayAsync(message);
            stored.Add(Hash(await bot.StoredTextAsync()));
        }

        Assert.Equal(StoredBefore, stored);
    }

    [Fact]
    public async Task NestedComponents_AtTheSportQuestion_StoreBothInnerStacksInsideTheirInstances()
    {
        var bot = new DialogTestRunner(new NestedProfileDialog());
        foreach (var message in Turns[..5])
        {
            await bot.SayAsync(message);
        }

        Assert.Equal(
            "{\"dialogState\":{\"stack\":[{\"id\":\"nested\",\"state\":{\"dialogs\":{\"stack\":[{\"id\":\"profile\",\"state\":{\"dialogs\":{\"stack\":[{\"id\":\"sport\",\"state\":{\"options\":{\"prompt\":{\"text\":\"Which sport?\"},\"retryPrompt\":{\"text\":\"Pick running, cycling or swimming.\"},\"choices\":[{\"value\":\"running\",\"title\":\"Running\",\"synonyms\":[\"jogging\",\"run\"]},{\"value\":\"cycling\",\"title\":\"Cycling\",\"synonyms\":[\"bike\",\"biking\"]},{\"value\":\"swimming\",\"title\":\"Swimming\",\"synonyms\":[\"swim\"]}],\"style\":1},\"attempts\":0}},{\"id\":\"profile-steps\",\"state\":{\"options\":null,\"values\":{\"name\":\"Ann\",\"age\":34},\"stepIndex\":2}}]}}}]}}}]}}",
            await bot.StoredTextAsync());
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
