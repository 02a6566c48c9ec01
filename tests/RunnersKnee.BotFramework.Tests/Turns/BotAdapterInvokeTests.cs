using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Tests.Fakes;
using RunnersKnee.BotFramework.Tests.Schema;

namespace RunnersKnee.BotFramework.Tests.Turns;

public sealed class BotAdapterInvokeTests
{
    [Fact]
    public async Task ProcessActivityAsync_InvokeNobodyAnswers_Returns501()
    {
        var harness = new TurnHarness(new DelegateBot());

        var result = await harness.Adapter.ProcessActivityAsync(RealPayloads.Activity(RealPayloads.TeamsInvokeAdaptiveCardAction), CancellationToken.None);

        Assert.Equal(501, result.Status);
        Assert.Null(result.Body);
    }

    [Theory]
    [InlineData(200, """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Thanks: test invokes"}""")]
    [InlineData(412, """{"statusCode":412,"type":"application/vnd.microsoft.error.preconditionFailed","value":{"code":"PreconditionFailed","message":"test invokes"}}""")]
    public async Task ProcessActivityAsync_RealAdaptiveCardInvokeAnswered_ReturnsTheStatusAndBody(int status, string body)
    {
        var bot = new DelegateBot((turn, _) =>
        {
            var feedback = turn.Activity.Value!.Value.GetProperty("action").GetProperty("data").GetProperty("feedback").GetString();
            turn.InvokeResponse = new InvokeResponse(status, JsonDocument.Parse(body.Replace("test invokes", feedback, StringComparison.Ordinal)).RootElement);
            return Task.CompletedTask;
        });
        var harness = new TurnHarness(bot);

        var result = await harness.Adapter.ProcessActivityAsync(RealPayloads.Activity(RealPayloads.TeamsInvokeAdaptiveCardAction), CancellationToken.None);

        Assert.Equal(status, result.Status);
        WireJson.AssertEquivalent(JsonNode.Parse(body)!, JsonNode.Parse(result.Body!.Value.GetRawText())!);
        Assert.Empty(harness.Connector.Delivered);
    }

    [Fact]
    public async Task ProcessActivityAsync_InvokeBotThrows_Returns500WithoutTheHalfBuiltResponse()
    {
        var bot = new DelegateBot((turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(200, BotJson.ToElement(new { statusCode = 200 }));
            throw new InvalidOperationException("bug");
        });
        var harness = new TurnHarness(bot);

        var result = await harness.Adapter.ProcessActivityAsync(TestActivities.Invoke("f:1"), CancellationToken.None);

        Assert.Equal(500, result.Status);
        Assert.Null(result.Body);
        Assert.Single(harness.ErrorHandler.Exceptions);
    }
}
