namespace RunnersKnee.Bot.Safety;

/// <summary>The numbers to give a person in their region: the emergency services and a crisis line.</summary>
public sealed record CareRoute(string Emergency, string Crisis);
