namespace RunnersKnee.Bot.Workout;

/// <summary>The article the exercises come from, so the bot can credit it and a reviewer can read the original.</summary>
public sealed record ArticleReference(string Title, string Publisher, Uri Url, string ReviewStatus);
