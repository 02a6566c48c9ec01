namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// A value from a request (a channel id, an activity type) made safe to log: control characters (a newline would
/// forge a log line) become '?', and it is cut to a length no real value needs.
/// </summary>
public static class LogText
{
    public const int MaxLength = 64;

    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        var clean = value.Length > MaxLength ? value[..MaxLength] : value;
        if (!clean.Any(char.IsControl) && clean.Length == value.Length)
        {
            return value;
        }

        return string.Create(clean.Length + (clean.Length < value.Length ? 1 : 0), (clean, Cut: clean.Length < value.Length), static (span, state) =>
        {
            for (var i = 0; i < state.clean.Length; i++)
            {
                span[i] = char.IsControl(state.clean[i]) ? '?' : state.clean[i];
            }

            if (state.Cut)
            {
                span[^1] = '…';
            }
        });
    }
}
