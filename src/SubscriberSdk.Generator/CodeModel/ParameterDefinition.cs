namespace SubscriberSdk.Generator.CodeModel;

/// <summary>A query, header or path parameter.</summary>
internal sealed record ParameterDefinition(string WireName, string TemplateName, string Name, TypeRef Type, bool Required, string? Description);
