namespace SubscriberSdk.Generator.CodeModel;

/// <summary>A generated model class.</summary>
internal sealed class ModelDefinition
{
    public required string Name { get; init; }

    public required string Namespace { get; init; }

    public required ModelKind Kind { get; init; }

    public string? Description { get; set; }

    /// <summary>The component schema name it comes from, or null for an inline schema.</summary>
    public string? SchemaName { get; init; }

    public string? BaseTypeName { get; set; }

    public bool IsError { get; set; }

    public bool IsMap { get; set; }

    public List<PropertyDefinition> Properties { get; } = [];

    public List<ComposedMember> Members { get; } = [];

    public string? DiscriminatorProperty { get; set; }

    public List<DiscriminatorMapping> DiscriminatorMappings { get; } = [];

    /// <summary>The C# property whose value becomes the exception message (x-ms-primary-error-message).</summary>
    public string? PrimaryErrorMessageProperty { get; set; }

    public string FullName => $"global::{Namespace}.{Name}";

    public bool HasDerivedTypes { get; set; }
}
