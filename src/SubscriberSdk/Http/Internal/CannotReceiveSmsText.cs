namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Recognises a provider message saying a number cannot receive texts. Mobile Text Alerts does not document
/// a code for it (its landline refusal is a plain BadRequestError), so the words are all there is to read.
/// </summary>
internal static class CannotReceiveSmsText
{
    private static readonly string[] Markers = ["landline", "cannot receive text", "cannot receive sms", "unreachable"];

    public static bool Describes(string? message) =>
        message is not null && Markers.Any(marker => message.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
