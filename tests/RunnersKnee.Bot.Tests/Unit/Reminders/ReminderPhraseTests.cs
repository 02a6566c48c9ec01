using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Tests.Unit.Reminders;

/// <summary>Reminder phrases and morning-check answers as people type them, in English and Spanish.</summary>
public sealed class ReminderPhraseTests
{
    [Theory]
    [InlineData("remind me Mon Wed Fri at 7pm", "Monday,Wednesday,Friday", "19:00")]
    [InlineData("Remind me every day at 7:30", "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday", "07:30")]
    [InlineData("recuérdame lunes y jueves a las 19", "Monday,Thursday", "19:00")]
    [InlineData("recuérdame los martes a las 7 de la tarde", "Tuesday", "19:00")]
    [InlineData("remind me weekdays at 6:30 pm", "Monday,Tuesday,Wednesday,Thursday,Friday", "18:30")]
    [InlineData("set a reminder for saturdays and sundays at 9am", "Saturday,Sunday", "09:00")]
    [InlineData("remind me Tue, Thu at 6:30pm", "Tuesday,Thursday", "18:30")]
    [InlineData("remind me at 12pm", "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday", "12:00")]
    [InlineData("recuérdame todos los días a las 8 y media", "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday", "08:30")]
    public void Read_DaysAndTime(string text, string days, string time)
    {
        var request = Read(text);

        Assert.Equal(ReminderRequestKind.Set, request?.Kind);
        Assert.Equal(days, string.Join(',', request!.Days!));
        Assert.Equal(time, request.Time!.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("my reminders", ReminderRequestKind.List)]
    [InlineData("mis recordatorios", ReminderRequestKind.List)]
    [InlineData("stop reminders", ReminderRequestKind.Stop)]
    [InlineData("no more reminders please", ReminderRequestKind.Stop)]
    [InlineData("para los recordatorios", ReminderRequestKind.Stop)]
    [InlineData("remind me", ReminderRequestKind.Choose)]
    [InlineData("remind me on mondays", ReminderRequestKind.Choose)]
    [InlineData("no morning check", ReminderRequestKind.MorningOff)]
    [InlineData("check in at 9", ReminderRequestKind.MorningTime)]
    [InlineData("chequeo a las 9", ReminderRequestKind.MorningTime)]
    public void Read_OtherRequests(string text, ReminderRequestKind kind) => Assert.Equal(kind, Read(text)?.Kind);

    [Theory]
    [InlineData("later", SnoozeKind.Later)]
    [InlineData("remind me later", SnoozeKind.Later)]
    [InlineData("más tarde", SnoozeKind.Later)]
    [InlineData("tomorrow", SnoozeKind.Tomorrow)]
    [InlineData("remind me tomorrow please", SnoozeKind.Tomorrow)]
    [InlineData("mañana", SnoozeKind.Tomorrow)]
    public void Read_Snooze(string text, SnoozeKind kind)
    {
        var request = Read(text);

        Assert.Equal((ReminderRequestKind.Snooze, kind), (request?.Kind, request?.Snooze));
    }

    [Theory]
    [InlineData("check my knee")]
    [InlineData("I'll go for a run later with my friends")]
    [InlineData("recuérdame para el lunes")]
    [InlineData("3 weeks")]
    [InlineData("my knee hurts so I set a reminder to ice it")]
    public void Read_NotAReminderPhrase(string text)
    {
        var request = Read(text);

        Assert.True(request is null || request.Kind == ReminderRequestKind.Choose, $"Read as {request}");
    }

    [Theory]
    [InlineData("better", NextMorningAnswer.Better, null)]
    [InlineData("same, 2/10", NextMorningAnswer.Same, 2)]
    [InlineData("a bit worse", NextMorningAnswer.Worse, null)]
    [InlineData("Worse 6", NextMorningAnswer.Worse, 6)]
    [InlineData("un poco peor", NextMorningAnswer.Worse, null)]
    [InlineData("igual, 3 de 10", NextMorningAnswer.Same, 3)]
    [InlineData("mejor", NextMorningAnswer.Better, null)]
    [InlineData("not worse, the same", NextMorningAnswer.Same, null)]
    [InlineData("it is about the same as it was yesterday before the run honestly", NextMorningAnswer.Same, null)]
    [InlineData("better overall but the stairs are worse, 3/10", NextMorningAnswer.Worse, 3)]
    public void ReadNextMorning_Answers(string text, NextMorningAnswer answer, int? pain) =>
        Assert.Equal((answer, pain), NextMorningReader.Read(TextNormalizer.Words(text)));

    [Theory]
    [InlineData("not worse")]
    [InlineData("hello")]
    [InlineData("i went for the same run as last week with my sister and then we had lunch and it was fine")]
    public void ReadNextMorning_NoAnswer(string text) => Assert.Null(NextMorningReader.Read(TextNormalizer.Words(text)));

    private static ReminderRequest? Read(string text) => ReminderPhrase.Read(TextNormalizer.Words(text));
}
