namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// What a Teams dialog shows: a page at <paramref name="Url"/> (its host must be in the app manifest's
/// <c>validDomains</c>), its title and size in pixels, and where to go when the client cannot show dialogs.
/// </summary>
public sealed record TaskModuleTaskInfo(string Title, int Height, int Width, string Url, string? FallbackUrl = null);
