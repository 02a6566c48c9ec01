using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>What a waterfall step sees: the turn, the previous step's result, typed options and values.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;
    private readonly DialogInstance _instance;

    internal WaterfallStepContext(WaterfallDialog dialog, DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result)
    {
        _dialog = dialog;
        _instance = instance;
        DialogContext = dc;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result (a prompt's recognized value, a child dialog's result, or the user's text).</summary>
    public object? Result { get; }

    /// <summary>The result as <typeparamref name="T"/>, converting stored JSON if needed.</summary>
    public T? GetResult<T>() => Result switch
    {
        null => default,
        T typed => typed,
        JsonElement element => element.Deserialize<T>(BotJson.Options),
        JsonNode node => node.Deserialize<T>(BotJson.Options),
        _ => throw new InvalidCastException($"Step {Index} of '{_dialog.Id}' got a {Result.GetType().Name}, not a {typeof(T).Name}."),
    };

    public T? GetOptions<T>() => _instance.Get<T>(WaterfallDialog.OptionsKey);

    public T? GetValue<T>(string key) =>
        Values.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(BotJson.Options) : default;

    public void SetValue<T>(string key, T value) => Values[key] = JsonSerializer.SerializeToNode(value, BotJson.Options);

    /// <summary>Skips to the next step at once, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        _dialog.RunStepAsync(DialogContext, Index + 1, DialogReason.NextCalled, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);

    private JsonObject Values
    {
        get
        {
            if (_instance.State[WaterfallDialog.ValuesKey] is not JsonObject values)
            {
                values = [];
                _instance.State[WaterfallDialog.ValuesKey] = values;
            }

            return values;
        }
    }
}
