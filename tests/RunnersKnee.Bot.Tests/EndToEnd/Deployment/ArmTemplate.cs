using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>Reads the compiled ARM template, including the templates nested in module deployments.</summary>
internal sealed class ArmTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public static ArmTemplate LoadCommitted() => new(JsonNode.Parse(File.ReadAllText(BicepCli.MainJson))!.AsObject());

    /// <summary>Every resource with the template that declares it, depth first.</summary>
    public IEnumerable<(JsonObject Resource, JsonObject Template)> Resources() => ResourcesOf(Root);

    public IEnumerable<JsonObject> ResourcesOfType(string type) =>
        Resources().Where(r => string.Equals((string?)r.Resource["type"], type, StringComparison.OrdinalIgnoreCase)).Select(r => r.Resource);

    /// <summary>Removes the compiler's metadata (version and template hash) at every level, in place.</summary>
    public static JsonNode? WithoutGeneratorMetadata(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["metadata"] is JsonObject metadata)
                {
                    metadata.Remove("_generator");
                }

                foreach (var property in obj.ToList())
                {
                    WithoutGeneratorMetadata(property.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WithoutGeneratorMetadata(item);
                }

                break;
        }

        return node;
    }

    private static IEnumerable<(JsonObject, JsonObject)> ResourcesOf(JsonObject template)
    {
        // languageVersion 2.0 keys resources by symbolic name; 1.0 lists them.
        var resources = template["resources"] switch
        {
            JsonArray list => list.Select(r => r!.AsObject()),
            JsonObject named => named.Select(r => r.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return (resource, template);
            if (resource["properties"] is JsonObject properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
