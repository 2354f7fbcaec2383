using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>How a <see cref="TypeRef"/> is declared, read from an IParseNode and written to an ISerializationWriter.</summary>
internal static class TypeSyntax
{
    /// <summary>The element type inside generic arguments: value types nullable, as Kiota declares them.</summary>
    public static string Element(TypeRef type) => type.IsValueType ? type.Name + "?" : type.Name;

    public static string Declaration(TypeRef type) => type.IsCollection ? $"List<{Element(type)}>?" : type.Name + "?";

    public static string Read(TypeRef type, string node)
    {
        if (type.IsCollection)
        {
            return type.Kind switch
            {
                TypeKind.Primitive => $"{node}.GetCollectionOfPrimitiveValues<{Element(type)}>()?.AsList()",
                TypeKind.Enum => $"{node}.GetCollectionOfEnumValues<{type.Name}>()?.AsList()",
                _ => $"{node}.GetCollectionOfObjectValues<{type.Name}>({type.Name}.CreateFromDiscriminatorValue)?.AsList()",
            };
        }

        return type.Kind switch
        {
            TypeKind.Primitive => $"{node}.{PrimitiveMethod("Get", type.Name)}()",
            TypeKind.Enum => $"{node}.GetEnumValue<{type.Name}>()",
            _ => $"{node}.GetObjectValue<{type.Name}>({type.Name}.CreateFromDiscriminatorValue)",
        };
    }

    public static string Write(TypeRef type, string key, string value)
    {
        if (type.IsCollection)
        {
            return type.Kind switch
            {
                TypeKind.Primitive => $"writer.WriteCollectionOfPrimitiveValues<{Element(type)}>({key}, {value});",
                TypeKind.Enum => $"writer.WriteCollectionOfEnumValues<{type.Name}>({key}, {value});",
                _ => $"writer.WriteCollectionOfObjectValues<{type.Name}>({key}, {value});",
            };
        }

        return type.Kind switch
        {
            TypeKind.Primitive => $"writer.{PrimitiveMethod("Write", type.Name)}({key}, {value});",
            TypeKind.Enum => $"writer.WriteEnumValue<{type.Name}>({key}, {value});",
            _ => $"writer.WriteObjectValue<{type.Name}>({key}, {value});",
        };
    }

    private static string PrimitiveMethod(string prefix, string name) => prefix + name switch
    {
        "string" => "StringValue",
        "int" => "IntValue",
        "long" => "LongValue",
        "double" => "DoubleValue",
        "float" => "FloatValue",
        "decimal" => "DecimalValue",
        "bool" => "BoolValue",
        "DateTimeOffset" => "DateTimeOffsetValue",
        "Guid" => "GuidValue",
        "byte[]" => "ByteArrayValue",
        "global::Microsoft.Kiota.Abstractions.Date" => "DateValue",
        "global::Microsoft.Kiota.Abstractions.Time" => "TimeValue",
        _ => throw new InvalidOperationException($"No Kiota accessor for primitive '{name}'."),
    };
}
