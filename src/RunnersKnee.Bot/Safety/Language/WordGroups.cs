namespace RunnersKnee.Bot.Safety.Language;

/// <summary>
/// A lexicon entry's "together": groups of single words, one of each within <see cref="Window"/> words of the
/// first group's word, in any order.
/// </summary>
public sealed record WordGroups(string[][] Groups, int Window)
{
    /// <summary>
    /// "My chest is so very tight" yes; a chest and a pain named in two sentences of a long message no. An entry
    /// whose words belong together across a message ("within") says so.
    /// </summary>
    public const int DefaultWindow = 6;
}
