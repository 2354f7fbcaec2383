namespace SubscriberSdk.Http.Internal;

/// <summary>The parts of a provider error body the SDK understands.</summary>
internal sealed record ParsedErrorBody(string? Code, string? Message, string? RequestId, IReadOnlyList<FieldError> FieldErrors)
{
    public static readonly ParsedErrorBody Empty = new(null, null, null, []);
}
