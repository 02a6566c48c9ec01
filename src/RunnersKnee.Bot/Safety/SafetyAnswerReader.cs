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
    private readonly WordPhrases _someoneElse;
    private readonly WordPhrases _emergencyChoice;
    private readonly WordPhrases _crisisChoice;
    private readonly WordPhrases _aboutTheKnee;
    private readonly WordPhrases _kneeOrLeg;

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
            _someoneElse = WordPhrases.Read(document, "someoneElse", File);
            _emergencyChoice = WordPhrases.Read(document, "emergencyChoice", File);
            _crisisChoice = WordPhrases.Read(document, "crisisChoice", File);
            _aboutTheKnee = WordPhrases.Read(document, "aboutTheKnee", File);
            _kneeOrLeg = WordPhrases.Read(document, "kneeOrLeg", File);
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

        var named = _language.Classify(words);
        if (named is not (SafetyLanguageMatch.None or SafetyLanguageMatch.CheckEmergency or SafetyLanguageMatch.CheckCrisis) || _happensAtTimes.IsIn(words))
        {
            return SafetyAnswer.Yes;
        }

        // A vague word with a reassurance ("no I'm good, just winded") is the no it says; without one ("not pain
        // exactly, more like a heavy pressure") it names a symptom, so it is a yes.
        if (named != SafetyLanguageMatch.None && !(IsPlainNo(words) && _language.IsReassurance(words)))
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

    /// <summary>
    /// The answer to the direct emergency question is about another person ("no not me, my dad"): for them it may
    /// be an emergency, so it counts as a yes.
    /// </summary>
    public bool NamesSomeoneElse(string? text) => _someoneElse.IsIn(TextNormalizer.Words(text));

    /// <summary>
    /// Which option of "a medical emergency, or thoughts of hurting yourself, or neither?" an answer picks, by its
    /// words ("the second one", "medical"), the crisis wording looked for first; an answer about the knee means
    /// neither. Null when the words pick none.
    /// </summary>
    public SafetyChoice? ChoiceIn(string? text)
    {
        var words = TextNormalizer.Words(text);
        return _crisisChoice.IsIn(words) ? SafetyChoice.Crisis
            : _emergencyChoice.IsIn(words) || _someoneElse.IsIn(words) ? SafetyChoice.Emergency
            : _aboutTheKnee.IsIn(words) && _language.Classify(words) == SafetyLanguageMatch.None ? SafetyChoice.Neither
            : null;
    }

    /// <summary>
    /// Whether a message the coach could not follow, answered "neither" to the direct question, still needs the
    /// red-flag lists: it was about the knee or leg ("kneecap shifted sideways and clunked back", research A2), and
    /// neither it nor the answer says all is well ("no, knee's fine").
    /// </summary>
    public bool NeedsTheRedFlagLists(string? unfollowed, string? answer)
    {
        var words = TextNormalizer.Words(unfollowed);
        return _kneeOrLeg.IsIn(words) && !_language.IsReassurance(words) && !_language.IsReassurance(TextNormalizer.Words(answer));
    }

    /// <summary>Whether a message talks about the knee or leg (<c>kneeOrLeg</c>): what a first message to this coach is expected to do.</summary>
    public bool IsAboutTheKneeOrLeg(string? text) => _kneeOrLeg.IsIn(TextNormalizer.Words(text));

    private bool IsPlainNo(string[] words) =>
        ConfirmRecognizer.Recognize(string.Join(' ', words)) == false || (_no.IsIn(words) && !_yes.IsIn(words)) || words is ["no", ..] or ["nope", ..] or ["nah", ..];
}
