namespace SubscriberSimulator.Core.Validation.Internal;

/// <summary>The JSON Schema "type" keyword as flags (3.1 allows a list).</summary>
[Flags]
internal enum SchemaTypes
{
    Any = 0,
    String = 1,
    Number = 2,
    Integer = 4,
    Boolean = 8,
    Object = 16,
    Array = 32,
    Null = 64,
}
