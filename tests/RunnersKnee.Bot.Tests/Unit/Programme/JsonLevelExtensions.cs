using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.Unit.Programme;

internal static class JsonLevelExtensions
{
    /// <summary>The same level object renumbered.</summary>
    public static JsonObject WithLevel(this JsonObject level, int number)
    {
        level["level"] = number;
        return level;
    }
}
