using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Cards;

/// <summary>The schema check catches the card mistakes Teams would render as a blank or broken card.</summary>
public sealed class AdaptiveCardSchemaTests
{
    [Fact]
    public async Task Validate_Valid15Card_ReturnsNoErrors()
    {
        var sut = await AdaptiveCardSchema.LoadAsync();

        var errors = sut.Validate(Card(
            body: """
                {"type":"TextBlock","text":"Wall Squats","size":"Large","weight":"Bolder","wrap":true,"style":"heading"},
                {"type":"FactSet","facts":[{"title":"Dosage","value":"3 reps × 1 set, hold 2 s"}]}
                """,
            actions: """
                {"type":"Action.Submit","title":"Set done","data":{"verb":"setDone"}},
                {"type":"Action.Execute","title":"Easier","verb":"easier"}
                """));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Validate_TextBlockWithoutText_ReportsMissingText()
    {
        var sut = await AdaptiveCardSchema.LoadAsync();

        var errors = sut.Validate(Card(body: """{"type":"TextBlock","wrap":true}"""));

        Assert.Contains(errors, error => error.Contains("PropertyRequired (text)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_UnknownActionType_ReportsTheAction()
    {
        var sut = await AdaptiveCardSchema.LoadAsync();

        var errors = sut.Validate(Card(
            body: """{"type":"TextBlock","text":"Hi"}""",
            actions: """{"type":"Action.Dance","title":"Go"}"""));

        Assert.Contains("#/actions[0].type: NotInEnumeration (type)", errors);
        Assert.DoesNotContain(errors, error => error.StartsWith("#/body", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_UnknownProperty_ReportsItByName()
    {
        var sut = await AdaptiveCardSchema.LoadAsync();

        var errors = sut.Validate(Card(body: """{"type":"TextBlock","text":"Hi","colour":"Good"}"""));

        Assert.Contains(errors, error => error.Contains("NoAdditionalPropertiesAllowed (colour)", StringComparison.Ordinal));
    }

    private static string Card(string body, string actions = "") => $$"""
        {
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [{{body}}],
          "actions": [{{actions}}]
        }
        """;
}
