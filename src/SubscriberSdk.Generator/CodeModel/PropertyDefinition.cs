namespace SubscriberSdk.Generator.CodeModel;

/// <summary>A model property: the wire name, the C# name and its type.</summary>
internal sealed record PropertyDefinition(string JsonName, string Name, TypeRef Type, string? Description);
