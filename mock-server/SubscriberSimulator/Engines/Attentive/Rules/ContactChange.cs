using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// One planned write to a contact. A new contact is created while planning but only inserted into
/// <see cref="InsertInto"/> on commit, so a failed request leaves the store untouched.
/// </summary>
internal readonly record struct ContactChange(
    AttentiveContact Contact,
    Dictionary<string, AttentiveContact>? InsertInto,
    AttentiveSubscriptionType? Type,
    AttentiveSubscriptionState State,
    AttentiveExternalIdentifiers? ExternalIdentifiers)
{
    public void Apply()
    {
        if (InsertInto is not null)
        {
            InsertInto.TryAdd(Contact.Identifier, Contact);
        }

        if (Type is { } type)
        {
            Contact.Set(type, State);
        }

        if (ExternalIdentifiers is not null)
        {
            Contact.ExternalIdentifiers = ExternalIdentifiers;
        }
    }
}
