using RunnersKnee.Bot.Workout;


namespace RunnersKnee.Bot.Tests.Unit.Workout;

/// <summary>
/// One exercise of the article: its heading, the line saying who recommends it and why, how many bullet steps it
/// has, every number in those steps in order, the dosage they state, and the article's own words for it.
/// </summary>
internal sealed record ArticleSection(
    string Heading,
    string Says,
    int BulletCount,
    IReadOnlyList<int> Numbers,
    Dosage Dosage,
    string ArticleWording);
