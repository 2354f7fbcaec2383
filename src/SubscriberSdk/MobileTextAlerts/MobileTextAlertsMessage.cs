namespace SubscriberSdk.MobileTextAlerts;

/// <summary>
/// A text to send with <see cref="MobileTextAlertsMessagesClient.SendAsync"/>: content (<see cref="Text"/> and/or
/// <see cref="ImageUrl"/>) and recipients (<see cref="SubscriberIds"/>, <see cref="Recipients"/>,
/// <see cref="GroupIds"/>, or <see cref="AllSubscribers"/> alone). Opted-out numbers are never messaged.
/// </summary>
public sealed class MobileTextAlertsMessage
{
    /// <summary>The longest <see cref="Text"/> of an SMS.</summary>
    public const int SmsMaxCharacters = 160;

    /// <summary>The longest <see cref="Text"/> of an MMS.</summary>
    public const int MmsMaxCharacters = 1550;

    /// <summary>The message text: at most 160 characters for an SMS, 1550 for an MMS.</summary>
    public string? Text { get; init; }

    /// <summary>A publicly reachable http(s) URL of an attachment; a message with one is an MMS.</summary>
    public Uri? ImageUrl { get; init; }

    /// <summary>Send as MMS even without an attachment (MMS costs 3 credits, SMS 1).</summary>
    public bool IsMms { get; init; }

    /// <summary>Subscribers to message, by id (at most 1000); an id with no subscriber fails the whole send.</summary>
    public IReadOnlyList<long>? SubscriberIds { get; init; }

    /// <summary>
    /// Phone numbers and email addresses to message (at most 1000); one that is not yet a subscriber becomes one.
    /// Numbers written nationally are read in the client's <c>DefaultRegion</c>.
    /// </summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    /// <summary>Groups whose members are messaged (at most 1000); an unknown group fails the whole send.</summary>
    public IReadOnlyList<long>? GroupIds { get; init; }

    /// <summary>Message every subscriber of the account; no other recipient may be given.</summary>
    public bool AllSubscribers { get; init; }
}
