namespace RunnersKnee.BotFramework.Schema;

/// <summary>The <c>action</c> of an <c>installationUpdate</c> activity (Teams).</summary>
public static class InstallationActions
{
    public const string Add = "add";

    /// <summary>A new version of an app that was installed already.</summary>
    public const string AddUpgrade = "add-upgrade";

    public const string Remove = "remove";

    public const string RemoveUpgrade = "remove-upgrade";
}
