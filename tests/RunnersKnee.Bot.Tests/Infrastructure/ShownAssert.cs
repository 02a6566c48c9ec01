namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>Checks which card the last turn ended on.</summary>
public static class ShownAssert
{
    public static void Ends(ConversationDriver person, Shown expected)
    {
        var actual = person switch
        {
            { Summary: not null } => Shown.Summary,
            { ShowsSetCard: true } => Shown.SetCard,
            { ShowsRestCard: true } => Shown.RestCard,
            { ShowsPainCheck: true } when person.HasButton("10") => Shown.PainCheck,
            _ when person.HasButton("Resume") => Shown.PausedCard,
            _ when person.LastText.Contains("Where does your knee hurt?", StringComparison.Ordinal) => Shown.FirstQuestion,
            _ => Shown.NoCard,
        };
        Assert.True(expected == actual, $"Expected the {expected}, got {actual}. The bot said:\n{person.LastText}");
    }
}
