namespace RunnersKnee.Bot.Safety;

/// <summary>
/// The numbers to give a person in their region: the emergency services and a crisis line, with their wording in
/// other languages where it is more than a number ("988 (call or text)").
/// </summary>
public sealed record CareRoute(string Emergency, string Crisis, IReadOnlyDictionary<string, CareRoute>? Translations = null)
{
    /// <summary>This route worded for <paramref name="locale"/>'s language, else as it is.</summary>
    public CareRoute In(string? locale) =>
        locale is { Length: >= 2 } && Translations is not null && Translations.TryGetValue(locale[..2], out var translated) ? translated : this;
}
