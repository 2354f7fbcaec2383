namespace SubscriberSdk.Generator.CodeModel;

/// <summary>An enum member and the wire value it stands for.</summary>
internal sealed record EnumMemberDefinition(string Name, string Value);
