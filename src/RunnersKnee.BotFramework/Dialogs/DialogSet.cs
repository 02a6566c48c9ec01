namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>The dialogs a <see cref="DialogContext"/> can start, by id. Adding the same id twice is an error.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
