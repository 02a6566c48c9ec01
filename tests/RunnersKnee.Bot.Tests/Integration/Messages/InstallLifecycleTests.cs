using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Messages;

/// <summary>
/// A personal install as Teams announces it (conversationUpdate and installationUpdate both arrive), an app
/// upgrade, and removing the app, which erases the person's data as the privacy notice says.
/// </summary>
public sealed class InstallLifecycleTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Welcome = "Hi, I'm Runner's Knee Coach";

    [Fact]
    public async Task PersonalInstall_BothAnnouncements_OneWelcome()
    {
        var person = app.NewPerson("msteams");

        await person.JoinAsync();
        await person.PostAsync(Installation(InstallationActions.Add));

        Assert.Equal(1, Count(person.Transcript, Welcome));
        Assert.Equal(1, Count(person.Transcript, "Privacy:"));
    }

    [Fact]
    public async Task AppUpgrade_SaysNothing()
    {
        var person = app.NewPerson("msteams");
        await person.PostAsync(Installation(InstallationActions.Add));

        await person.PostAsync(Installation(InstallationActions.AddUpgrade));

        Assert.Empty(person.Last);
        Assert.Equal(1, Count(person.Transcript, Welcome));
    }

    [Fact]
    public async Task RemovingTheApp_ErasesTheIntake_AndAReinstallStartsAfresh()
    {
        var person = app.NewPerson("msteams");
        await person.PostAsync(Installation(InstallationActions.Add));
        await person.SayAsync("hi");
        await person.SayAsync("behind the kneecap");
        Assert.Contains("How does it feel?", person.LastText, StringComparison.Ordinal);

        await person.PostAsync(Installation(InstallationActions.Remove));
        Assert.Empty(person.Last);
        await person.PostAsync(Installation(InstallationActions.Add));
        await person.SayAsync("hi");

        Assert.Equal(2, Count(person.Transcript, Welcome));
        Assert.Contains("Where does your knee hurt?", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyNotice_SaysRemovingTheAppErasesTheData() =>
        Assert.Contains("if you remove the app, I erase them", new Presentation.Texts.TextCatalog().Get("privacy.notice"), StringComparison.Ordinal);

    private static Activity Installation(string action) => new()
    {
        Type = ActivityTypes.InstallationUpdate,
        Action = action,
    };

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
