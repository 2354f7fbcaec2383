namespace SubscriberSdk.Generator.CodeModel;

/// <summary>A status code key ("400", "4XX", "XXX") and the error model Kiota deserializes for it.</summary>
internal sealed record ErrorMapping(string StatusKey, string TypeName);
