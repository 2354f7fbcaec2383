using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Building;

/// <summary>OpenAPI type + format to the C# type Kiota uses for it.</summary>
internal static class PrimitiveTypes
{
    public static TypeRef? From(string? type, string? format) => type switch
    {
        "string" => format switch
        {
            "date-time" => Primitive("DateTimeOffset"),
            "date" => Primitive("global::Microsoft.Kiota.Abstractions.Date"),
            "time" => Primitive("global::Microsoft.Kiota.Abstractions.Time"),
            "uuid" => Primitive("Guid"),
            "byte" or "binary" => Primitive("byte[]"),
            _ => Primitive("string"),
        },
        "integer" => format == "int64" ? Primitive("long") : Primitive("int"),
        "number" => format switch
        {
            "float" => Primitive("float"),
            "decimal" => Primitive("decimal"),
            "int64" => Primitive("long"),
            "int32" => Primitive("int"),
            _ => Primitive("double"),
        },
        "boolean" => Primitive("bool"),
        _ => null,
    };

    private static TypeRef Primitive(string name) => new(TypeKind.Primitive, name, false);
}
