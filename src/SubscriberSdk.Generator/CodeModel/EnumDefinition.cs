namespace SubscriberSdk.Generator.CodeModel;

/// <summary>A generated string enum.</summary>
internal sealed class EnumDefinition
{
    public required string Name { get; init; }

    public required string Namespace { get; init; }

    public string? Description { get; init; }

    public List<EnumMemberDefinition> Members { get; } = [];

    public string FullName => $"global::{Namespace}.{Name}";
}
