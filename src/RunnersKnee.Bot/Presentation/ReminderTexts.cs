using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Reminders;

namespace RunnersKnee.Bot.Presentation;

/// <summary>Times and zones of reminders in words: "Tue at 08:00", "Europe/London time", or which fallback was used.</summary>
public sealed class ReminderTexts(TextCatalog texts, ReminderCards cards)
{
    /// <summary>The zone in words, saying when it is only an offset or UTC because the chat did not name one.</summary>
    public string Zone(PersonZone zone, string? locale) => zone.Source switch
    {
        ZoneSource.Named => texts.Format("reminders.zoneNamed", locale, ("zone", zone.Label)),
        ZoneSource.Offset => texts.Format("reminders.zoneOffset", locale, ("zone", zone.Label)),
        _ => texts.Get("reminders.zoneUtc", locale),
    };

    /// <summary>A planned instant as the person's weekday and local time.</summary>
    public string When(DateTimeOffset at, PersonZone zone, string? locale)
    {
        var local = zone.LocalAt(at);
        return texts.Format("reminders.when", locale, ("day", cards.Days([local.DayOfWeek], locale)), ("time", ReminderCards.Time(TimeOnly.FromDateTime(local))));
    }
}
