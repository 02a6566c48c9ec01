using NJsonSchema;
using NJsonSchema.Validation;
using Xunit;

namespace RunnersKnee.Testing;

/// <summary>
/// Validates card JSON against the official Adaptive Card 1.5 schema (microsoft/AdaptiveCards
/// <c>schemas/1.5.0/adaptive-card.json</c>, kept in <c>tests/Schemas/adaptive-card-1.5.json</c>), the version
/// Teams renders. The schema is strict: unknown element types, action types and properties are errors.
/// </summary>
public sealed class AdaptiveCardSchema
{
    private static readonly Lazy<Task<AdaptiveCardSchema>> Version15 = new(() => LoadAsync(RepositoryRoot.Schema("adaptive-card-1.5.json")));

    private readonly JsonSchema _schema;

    private AdaptiveCardSchema(JsonSchema schema) => _schema = schema;

    /// <summary>The 1.5 schema, parsed once per test run.</summary>
    public static Task<AdaptiveCardSchema> LoadAsync() => Version15.Value;

    public static async Task<AdaptiveCardSchema> LoadAsync(string schemaPath) =>
        new(await JsonSchema.FromFileAsync(schemaPath));

    /// <summary>
    /// Every problem with <paramref name="cardJson"/>, one line each (<c>path: kind (property)</c>), including the
    /// nested reasons behind an <c>anyOf</c> mismatch; empty when the card is valid.
    /// </summary>
    public IReadOnlyList<string> Validate(string cardJson)
    {
        var errors = new List<string>();
        Flatten(_schema.Validate(cardJson), errors);
        return errors;
    }

    /// <summary>Fails the test with every schema error listed when the card is not valid.</summary>
    public void AssertValid(string cardJson)
    {
        var errors = Validate(cardJson);
        if (errors.Count > 0)
        {
            Assert.Fail($"The card is not a valid Adaptive Card 1.5:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}{Environment.NewLine}{cardJson}");
        }
    }

    private static void Flatten(IEnumerable<ValidationError> errors, List<string> into)
    {
        foreach (var error in errors)
        {
            into.Add($"{error.Path}: {error.Kind}" + (error.Property is null ? string.Empty : $" ({error.Property})"));
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in child.Errors.Values)
                {
                    Flatten(nested, into);
                }
            }
        }
    }
}
