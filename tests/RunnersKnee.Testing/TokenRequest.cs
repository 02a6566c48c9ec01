namespace RunnersKnee.Testing;

/// <summary>One client-credentials request the bot made to <see cref="LoopbackIdentityServer"/>.</summary>
public sealed record TokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form)
{
    public string? this[string field] => Form.TryGetValue(field, out var value) ? value : null;
}
