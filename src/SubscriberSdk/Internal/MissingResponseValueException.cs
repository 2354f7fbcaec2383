namespace SubscriberSdk.Internal;

/// <summary>A success response lacked a value the operation returns; <see cref="ProviderCall"/> turns it into a <see cref="SubscriberApiException"/>.</summary>
internal sealed class MissingResponseValueException(string what) : Exception($"The response has no {what}.");
