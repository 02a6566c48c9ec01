namespace RunnersKnee.Bot.Safety;

/// <summary>The ages an answer could mean: one age when it was exact, a range when it was approximate.</summary>
public readonly record struct AgeRange(int Low, int High)
{
    public static AgeRange Exactly(int age) => new(age, age);
}
