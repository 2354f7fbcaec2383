namespace SubscriberSdk.Generator.CodeModel;

/// <summary>A request body or a success response payload.</summary>
internal sealed record BodyDefinition(TypeRef Type, string ContentType);
