namespace SubscriberSdk.Attentive;

/// <summary>
/// The value of an operation Attentive answers with a status and no body (custom attributes and events:
/// 200, identity resolution: 202). What the answer says is in the response's status code and headers.
/// </summary>
public sealed class AttentiveAcknowledgement
{
    internal static AttentiveAcknowledgement Instance { get; } = new();
}
