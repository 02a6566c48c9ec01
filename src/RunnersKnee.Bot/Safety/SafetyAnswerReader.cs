using System.Text.Json;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Safety;

/// <summary>
/// Reads answers to the red-flag questions the cautious way (<c>Content/Safety/safety-answers.json</c>): a
/// self-correction wins over the first word, a symptom that comes and goes is a yes, a symptom named in the answer is
/// a yes, and anything that is not clearly yes or no is unclear rather than guessed.
/// </summary>
public sealed class SafetyAnswerReader
{
    private const string File = "safety-answers.json";

    private readonly SafetyLanguage _language;
    private readonly WordPhrases _corrections;
    private readonly WordPhrases _happensAtTimes;
    private readonly WordPhrases _playedDown;
    private readonly WordPhrases _unsure;
    private readonly WordPhrases _yes;
    private readonly WordPhrases _no;

    public SafetyAnswerReader(SafetyLanguage language)
        : this(language, ContentFiles.Open("Safety/" + File))
    {
    }

    internal SafetyAnswerReader(SafetyLanguage language, Stream content)
    {
        _language = language;
        using (content)
        {
            var document = JsonDocument.Parse(content).RootElement;
            _corrections = WordPhrases.Read(document, "corrections", File);
            _happensAtTimes = WordPhrases.Read(document, "happensAtTimes", File);
            _playedDown = WordPhrases.Read(document, "playedDown", File);
            _unsure = WordPhrases.Read(document, "unsure", File);
            _yes = WordPhrases.Read(document, "yes", File);
            _no = WordPhrases.Read(document, "no", File);
        }
    }

    public SafetyAnswer Read(string? text)
    {
        var words = TextNormalizer.Words(text);

        // "Nope, actually hang on, yes it got stuck once": what follows the last correction is the answer.
        var corrected = _corrections.LastEnd(words);
        if (corrected > 0 && corrected < words.Length)
        {
            words = words[corrected..];
        }

        if (_language.Classify(words) != SafetyLanguageMatch.None || _happensAtTimes.IsIn(words))
        {
            return SafetyAnswer.Yes;
        }

        var plain = ConfirmRecognizer.Recognize(string.Join(' ', words))
            ?? (_yes.IsIn(words) == _no.IsIn(words) ? null : _yes.IsIn(words));
        if (_unsure.IsIn(words))
        {
            return SafetyAnswer.Unclear;
        }

        if (_playedDown.IsIn(words) && plain != false)
        {
            return SafetyAnswer.Yes;
        }

        return plain switch
        {
            true => SafetyAnswer.Yes,
            false => SafetyAnswer.No,
            null => SafetyAnswer.Unclear,
        };
    }
}
