using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.Integration.Fuzz;

internal static class JsonObjectExtensions
{
    /// <summary>Runs <paramref name="action"/> on the object and returns it, for chaining.</summary>
    public static JsonObject Also(this JsonObject obj, Action<JsonObject> action)
    {
        action(obj);
        return obj;
    }
}
