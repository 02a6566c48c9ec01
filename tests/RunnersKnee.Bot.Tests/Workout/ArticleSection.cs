namespace RunnersKnee.Bot.Tests.Workout;

/// <summary>One exercise of the article: its heading, the "X says ..." line and its bullet steps.</summary>
internal sealed record ArticleSection(string Heading, string Intro, IReadOnlyList<string> Bullets);
