namespace SubscriberSdk;

/// <summary>One field the provider (or the SDK) rejected, and why.</summary>
/// <param name="Field">The field or JSON pointer, e.g. <c>email</c> or <c>/phone</c>; empty when the error is not tied to one field.</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record FieldError(string Field, string Message);
