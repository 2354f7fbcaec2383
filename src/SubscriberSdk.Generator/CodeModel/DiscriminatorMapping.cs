namespace SubscriberSdk.Generator.CodeModel;

/// <summary>A discriminator value and the fully qualified model it selects.</summary>
internal sealed record DiscriminatorMapping(string Value, string TypeName);
