namespace SubscriberSimulator.Core.Validation;

/// <summary>One way a request breaks the provider's spec.</summary>
/// <param name="Pointer">JSON pointer into the body ("/records/0/email"), or "?name" for a query parameter.</param>
/// <param name="Message">What is wrong, without echoing the value (it may be a phone number or email).</param>
public sealed record SpecViolation(string Pointer, string Message);
