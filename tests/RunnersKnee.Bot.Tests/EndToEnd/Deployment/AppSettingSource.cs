using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// Follows an app setting of the compiled template back to the expression that produces its value: the setting's
/// entry in <c>appSettingCandidates</c> names a parameter of the appSettings module, main.json passes that parameter
/// another module's output, and that output's expression is what the web app gets.
/// </summary>
internal static partial class AppSettingSource
{
    /// <summary>The appSettings module's deployment resource in main.json and its nested template.</summary>
    public static (JsonObject Deployment, JsonObject Template) AppSettingsModule(ArmTemplate template)
    {
        var deployment = template.ResourcesOfType("Microsoft.Resources/deployments")
            .Single(d => d["properties"]!["template"]!["variables"]?["appSettingCandidates"] is not null);
        return (deployment, deployment["properties"]!["template"]!.AsObject());
    }

    /// <summary>The candidates object: setting name to its expression inside the appSettings module.</summary>
    public static JsonObject Candidates(ArmTemplate template) =>
        AppSettingsModule(template).Template["variables"]!["appSettingCandidates"]!.AsObject();

    /// <summary>
    /// The expression of the module output that becomes <paramref name="setting"/>, or null when the value does not
    /// come from another module's output.
    /// </summary>
    public static string? ProducingOutput(ArmTemplate template, string setting)
    {
        var output = OutputReference(template, setting);
        return output is { } reference
            ? (string?)Producer(template, setting)["outputs"]![reference.Output]!["value"]
            : null;
    }

    /// <summary>The nested template of the module whose output becomes <paramref name="setting"/>.</summary>
    public static JsonObject Producer(ArmTemplate template, string setting)
    {
        var reference = OutputReference(template, setting);
        Assert.NotNull(reference);
        return template.Root["resources"]![reference.Value.Module]!["properties"]!["template"]!.AsObject();
    }

    private static (string Module, string Output)? OutputReference(ArmTemplate template, string setting)
    {
        var (deployment, _) = AppSettingsModule(template);
        var candidate = (string?)Candidates(template)[setting];
        Assert.NotNull(candidate);
        var parameter = ParameterReference().Match(candidate);
        Assert.True(parameter.Success, $"{setting} is not a plain parameter of the appSettings module: {candidate}");

        var passed = (string?)deployment["properties"]!["parameters"]![parameter.Groups[1].Value]?["value"];
        var output = passed is null ? Match.Empty : ModuleOutputReference().Match(passed);
        return output.Success ? (output.Groups["module"].Value, output.Groups["output"].Value) : null;
    }

    [GeneratedRegex(@"^\[parameters\('([A-Za-z0-9_]+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^\[reference\('(?<module>[A-Za-z0-9_]+)'\)\.outputs\.(?<output>[A-Za-z0-9_]+)\.value\]$")]
    private static partial Regex ModuleOutputReference();
}
