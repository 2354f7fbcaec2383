namespace SubscriberSdk.Generator.CodeModel;

/// <summary>One branch of a oneOf wrapper; <see cref="DiscriminatorValues"/> select it when the schema has a discriminator.</summary>
internal sealed record ComposedMember(string PropertyName, TypeRef Type, IReadOnlyList<string> DiscriminatorValues, IReadOnlyList<string> RequiredJsonNames);
