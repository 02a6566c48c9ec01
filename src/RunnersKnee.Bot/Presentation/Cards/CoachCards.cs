using System.Text.Json.Nodes;
using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>The conversation's cards outside the workout: welcome, questions, guidance, advice, PT, help.</summary>
public sealed class CoachCards(CardFactory cards, TextCatalog texts)
{
    public Attachment Welcome(string? locale) => cards.CreateAttachment("welcome", new CardValues()
        .With("title", texts.Get("welcome.title", locale))
        .With("body", texts.Get("welcome.body", locale))
        .With("notDoctor", texts.Get("welcome.notDoctor", locale))
        .With("speak", texts.Get("welcome.title", locale) + ". " + texts.Get("welcome.body", locale))
        .With("actions", new JsonArray(
            CardActions.Submit(texts.Get("welcome.start", locale), Command("Start"), "positive"),
            CardActions.Submit(texts.Get("welcome.startWorkout", locale), Command(nameof(CommandKind.StartWorkout))),
            CardActions.Submit(texts.Get("welcome.help", locale), Command(nameof(CommandKind.Help))))));

    /// <summary>An intake question with one button per choice (or the given ones), typed answers welcome too.</summary>
    public Attachment Question(IntakeQuestion question, IReadOnlyList<Choice>? buttons = null, int perRow = 3)
    {
        var choices = buttons ?? question.Choices;
        var actions = choices.Select(choice => CardActions.Submit(
            choice.Title ?? choice.Value,
            new JsonObject { [DialogInput.AnswerProperty] = choice.Value, ["q"] = question.Id }));
        return cards.CreateAttachment("question", new CardValues()
            .With("text", question.Text)
            .With("speak", Plain(question.Text))
            .With("buttonRows", CardActions.Rows(actions, perRow)));
    }

    /// <summary>Red-flag and other "get care" guidance; emergencies are shown in the attention style.</summary>
    public Attachment Guidance(string title, string body, string? extra, bool urgent, JsonArray? actions = null) =>
        cards.CreateAttachment("guidance", new CardValues()
            .With("title", title)
            .With("body", body)
            .With("extra", extra)
            .With("containerStyle", urgent ? "attention" : "warning")
            .With("titleColor", urgent ? "Attention" : "Warning")
            .With("speak", $"{title}. {body} {extra}".Trim())
            .With("actions", actions ?? []));

    public Attachment Advice(string? locale) => cards.CreateAttachment("advice", new CardValues()
        .With("title", texts.Get("advice.title", locale))
        .With("ease", texts.Get("advice.ease", locale))
        .With("ice", texts.Get("advice.ice", locale))
        .With("iceIsComfort", texts.Get("advice.iceIsComfort", locale))
        .With("avoid", texts.Get("advice.avoid", locale))
        .With("speak", $"{texts.Get("advice.title", locale)}. {texts.Get("advice.ease", locale)} {texts.Get("advice.ice", locale)}"));

    public Attachment PtGuidance(string? locale) => cards.CreateAttachment("pt-guidance", new CardValues()
        .With("title", texts.Get("pt.title", locale))
        .With("when", texts.Get("pt.when", locale))
        .With("why", texts.Get("pt.why", locale))
        .With("tell", texts.Get("pt.tell", locale))
        .With("speak", $"{texts.Get("pt.title", locale)}. {texts.Get("pt.when", locale)}")
        .With("actions", new JsonArray(PhysioSummaryAction(locale))));

    /// <summary>The referral summary's button, wherever the bot recommends a physio or a doctor.</summary>
    public JsonNode PhysioSummaryAction(string? locale) =>
        CardActions.Submit(texts.Get("referral.button", locale), Command(nameof(CommandKind.PhysioSummary)));

    /// <summary>An optional 0-10 pain question: eleven buttons and a skip, answered through the question's prompt.</summary>
    public Attachment PainQuestion(string questionId, string text, string skipTitle)
    {
        var buttons = Enumerable.Range(0, 11)
            .Select(score => score.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(Conversation.Dialogs.PainAnswer.SkipValue)
            .Select(value => CardActions.Submit(
                value == Conversation.Dialogs.PainAnswer.SkipValue ? skipTitle : value,
                new JsonObject { [DialogInput.AnswerProperty] = value, ["q"] = questionId }));
        return cards.CreateAttachment("question", new CardValues()
            .With("text", text)
            .With("speak", text)
            .With("buttonRows", CardActions.Rows(buttons, 4)));
    }

    public Attachment Help(string context, string? locale) => cards.CreateAttachment("help", new CardValues()
        .With("title", texts.Get("help.title", locale))
        .With("context", context)
        .With("commands", texts.Get("help.commands", locale))
        .With("speak", $"{texts.Get("help.title", locale)}. {context} {Plain(texts.Get("help.commands", locale))}")
        .With("actions", new JsonArray(
            CardActions.Submit(texts.Get("welcome.start", locale), Command("Start")),
            CardActions.Submit(texts.Get("welcome.startWorkout", locale), Command(nameof(CommandKind.StartWorkout))))));

    public static JsonObject Command(string name) => new() { ["command"] = name };

    /// <summary>Card text without markdown, for <c>speak</c>.</summary>
    public static string Plain(string markdown) =>
        markdown.Replace("**", string.Empty, StringComparison.Ordinal).Replace("\n- ", " ", StringComparison.Ordinal).Replace('\n', ' ');
}
