namespace Contract.Tests.Contracts;

/// <summary>One provider's spec file and the prefix the simulator mounts it under.</summary>
public sealed record ProviderSpec(string Id, string Prefix, string FileName)
{
    public static readonly ProviderSpec Essential = new("essential", "/essential", "essential.json");

    public static readonly ProviderSpec Sequenzy = new("sequenzy", "/sequenzy", "sequenzy.json");

    public static readonly ProviderSpec Attentive = new("attentive", "/attentive", "attentive.json");

    public static readonly ProviderSpec MobileTextAlerts = new("mta", "/mta", "mobile-text-alerts.json");

    public static IReadOnlyList<ProviderSpec> All { get; } = [Essential, Sequenzy, Attentive, MobileTextAlerts];

    public static ProviderSpec ById(string id) =>
        All.FirstOrDefault(spec => spec.Id == id) ?? throw new ArgumentException($"Unknown provider id '{id}'.", nameof(id));
}
