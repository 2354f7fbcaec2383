namespace SubscriberSdk.Generator.CodeModel;

/// <summary>How a value is read from and written to Kiota's parse nodes and serialization writers.</summary>
internal enum TypeKind
{
    Primitive,
    Model,
    Enum,
    Untyped,
}
