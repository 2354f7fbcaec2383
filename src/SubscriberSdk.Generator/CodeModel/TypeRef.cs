namespace SubscriberSdk.Generator.CodeModel;

/// <summary>
/// A use of a type. <see cref="Name"/> is the C# keyword for primitives (string, int, ...), or the
/// fully qualified <c>global::</c> name for generated models and enums.
/// </summary>
internal sealed record TypeRef(TypeKind Kind, string Name, bool IsCollection)
{
    public static TypeRef Untyped { get; } = new(TypeKind.Untyped, "global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode", false);

    public TypeRef AsCollection() => this with { IsCollection = true };

    /// <summary>The element type as written in generic arguments and property declarations.</summary>
    public string ElementType => Name;

    public bool IsValueType => Kind == TypeKind.Enum || (Kind == TypeKind.Primitive && Name != "string" && Name != "byte[]");
}
