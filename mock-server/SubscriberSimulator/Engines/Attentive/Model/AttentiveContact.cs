namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// One phone number (TEXT) or email address (EMAIL) of a company, with one state per subscription
/// type. Three bytes and two references per contact keep a million of them well inside the memory goal.
/// </summary>
internal sealed class AttentiveContact
{
    private AttentiveSubscriptionState _marketing;
    private AttentiveSubscriptionState _transactional;
    private AttentiveSubscriptionState _checkoutAbandoned;

    public AttentiveContact(string identifier)
    {
        Identifier = identifier;
    }

    /// <summary>The E.164 phone or the lowercased email: the dictionary key.</summary>
    public string Identifier { get; }

    public AttentiveExternalIdentifiers? ExternalIdentifiers { get; set; }

    public bool HasAnySubscription =>
        _marketing != AttentiveSubscriptionState.None
        || _transactional != AttentiveSubscriptionState.None
        || _checkoutAbandoned != AttentiveSubscriptionState.None;

    public AttentiveSubscriptionState Get(AttentiveSubscriptionType type) => type switch
    {
        AttentiveSubscriptionType.Marketing => _marketing,
        AttentiveSubscriptionType.Transactional => _transactional,
        AttentiveSubscriptionType.CheckoutAbandoned => _checkoutAbandoned,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown subscription type."),
    };

    public void Set(AttentiveSubscriptionType type, AttentiveSubscriptionState state)
    {
        switch (type)
        {
            case AttentiveSubscriptionType.Marketing:
                _marketing = state;
                break;
            case AttentiveSubscriptionType.Transactional:
                _transactional = state;
                break;
            case AttentiveSubscriptionType.CheckoutAbandoned:
                _checkoutAbandoned = state;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown subscription type.");
        }
    }
}
