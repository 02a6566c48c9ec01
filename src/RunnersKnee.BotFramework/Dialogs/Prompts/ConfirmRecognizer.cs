namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>Reads yes or no out of everyday answers ("yeah", "yep", "nope", "not really"), typos tolerated.</summary>
public static class ConfirmRecognizer
{
    private static readonly string[][] Yes =
    [
        ["yes"], ["y"], ["yeah"], ["yea"], ["yep"], ["yup"], ["ya"], ["sure"], ["ok"], ["okay"], ["correct"], ["right"],
        ["true"], ["definitely"], ["absolutely"], ["affirmative"], ["of", "course"], ["i", "do"], ["i", "have"],
        ["it", "does"], ["it", "is"], ["i", "am"], ["aye"], ["certainly"], ["indeed"], ["yes", "please"], ["go", "ahead"],
        ["ready"], ["lets", "go"], ["lets", "do", "it"], ["si"], ["claro"], ["vale"], ["de", "acuerdo"], ["venga"],
        ["por", "supuesto"],
    ];

    private static readonly string[][] No =
    [
        ["no"], ["n"], ["nope"], ["nah"], ["not"], ["never"], ["none"], ["false"], ["negative"], ["dont"], ["doesnt"],
        ["havent"], ["isnt"], ["no", "thanks"], ["not", "really"], ["nothing"], ["neither"], ["nor"], ["nada"], ["ninguno"],
        ["ninguna"], ["no", "gracias"], ["nunca"],
    ];

    private static readonly string[][] Unsure =
    [
        ["not", "sure"], ["dont", "know"], ["maybe"], ["unsure"], ["no", "idea"], ["perhaps"], ["possibly"], ["might"],
        ["no", "se"], ["quiza"], ["quizas"], ["tal", "vez"], ["a", "lo", "mejor"],
    ];

    /// <summary>True for yes, false for no, null when the answer says neither, both, or that they are unsure.</summary>
    public static bool? Recognize(string? text)
    {
        var words = TextNormalizer.Words(text);
        if (words.Length == 0 || Matches(words, Unsure))
        {
            return null;
        }

        // The first word usually decides: "no, it isn't", "yes I do", "nope".
        var first = new[] { words[0] };
        var firstYes = Matches(first, Yes);
        var firstNo = Matches(first, No);
        if (firstYes != firstNo)
        {
            return firstYes;
        }

        var yes = Matches(words, Yes);
        var no = Matches(words, No);
        return yes == no ? null : yes;
    }

    private static bool Matches(string[] words, string[][] phrases) =>
        phrases.Any(phrase => FuzzyText.PhraseCoverage(words, phrase) >= 1.0);
}
