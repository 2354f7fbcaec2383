namespace SubscriberSdk.Attentive.Internal;

/// <summary>
/// Attentive answers custom attributes and events with 200, and identity resolution with 202, without a
/// body. Kiota reads such an answer as a null (or empty) stream; the acknowledgement stands for it, so the
/// caller gets a typed response with the status and headers.
/// </summary>
internal static class AttentiveAcknowledgements
{
    public static async Task<AttentiveAcknowledgement?> FromBodyless(Task<Stream?> send)
    {
        var stream = await send.ConfigureAwait(false);
        if (stream is not null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        return AttentiveAcknowledgement.Instance;
    }

    public static async Task<AttentiveAcknowledgement?> FromBodyless(Task send)
    {
        await send.ConfigureAwait(false);
        return AttentiveAcknowledgement.Instance;
    }

    /// <summary>The result mapping of the acknowledged calls: nothing to map.</summary>
    public static AttentiveAcknowledgement Same(AttentiveAcknowledgement acknowledgement) => acknowledgement;
}
