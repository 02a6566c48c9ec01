namespace RunnersKnee.Bot.Safety.Language;

/// <summary>
/// One reviewed entry of the safety lexicon: what it means, the research row it comes from (for example "A2.6" or
/// "C.30" in docs/product-research.md), its phrases as normalized words (misspellings included) and example messages
/// that must be read as its class. <see cref="Together"/>, when set, are groups of words: one word of each group close
/// together in a message, in any order ("my chest is so tight", "nothing left to live for"), count like a phrase.
/// </summary>
public sealed record LexiconEntry(string File, LexiconClass Class, string Row, string Means, string[][] Phrases, WordGroups? Together, IReadOnlyList<string> Examples);
