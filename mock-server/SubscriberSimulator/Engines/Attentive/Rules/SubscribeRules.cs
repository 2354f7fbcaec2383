using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Opt-in rules: which sign-up unit applies, which subscriptions are created or already exist, and
/// which texts go out. Everything is checked before anything is staged.
/// </summary>
internal static class SubscribeRules
{
    public const string NewlyCreated = "NEWLY_CREATED";
    public const string PreviouslyCreated = "PREVIOUSLY_CREATED";

    public static List<SubscriptionResult> Subscribe(UnitOfWork<AttentiveCompany> work, SubscribeCommand command)
    {
        var unit = ResolveUnit(work.Tenant, command);
        var results = new List<SubscriptionResult>(2);
        if (command.User.PhoneKey is { } phoneKey)
        {
            results.Add(SubscribeChannel(work, AttentiveChannel.Text, phoneKey, command.User.Phone!, unit.Type, command));
        }

        if (command.User.EmailKey is { } emailKey)
        {
            results.Add(SubscribeChannel(work, AttentiveChannel.Email, emailKey, command.User.Email!, unit.Type, command));
        }

        return results;
    }

    /// <summary>signUpSourceId wins when present (project decision); otherwise locale plus type must match exactly one API unit.</summary>
    public static AttentiveSignUpUnit ResolveUnit(AttentiveCompany company, SubscribeCommand command)
    {
        if (command.SignUpSourceId is { } sourceId)
        {
            return SignUpUnitRules.RequireApiUnit(company, sourceId, "signUpSourceId");
        }

        if (!command.HasLocale || command.SubscriptionType is null)
        {
            throw RequestRefusedException.BadRequest("Send either signUpSourceId, or both locale and subscriptionType.");
        }

        if (command.Language is null || command.Country is null)
        {
            throw RequestRefusedException.BadRequest("locale must contain both language and country.");
        }

        AttentiveSignUpUnit? match = null;
        var matches = 0;
        foreach (var candidate in company.SignUpUnits.Values)
        {
            if (candidate.IsApi
                && candidate.Type == command.SubscriptionType
                && string.Equals(candidate.Language, command.Language, StringComparison.Ordinal)
                && string.Equals(candidate.Country, command.Country, StringComparison.Ordinal))
            {
                match = candidate;
                matches++;
            }
        }

        return matches switch
        {
            1 => match!,
            0 => throw RequestRefusedException.BadRequest("No API sign-up unit matches this locale and subscriptionType; nobody was opted in."),
            _ => throw RequestRefusedException.BadRequest($"{matches} API sign-up units match this locale and subscriptionType; send signUpSourceId instead. Nobody was opted in."),
        };
    }

    /// <param name="to">The identifier as sent: the texts go to it, as the response echoes it.</param>
    private static SubscriptionResult SubscribeChannel(
        UnitOfWork<AttentiveCompany> work,
        AttentiveChannel channel,
        string key,
        string to,
        AttentiveSubscriptionType type,
        SubscribeCommand command)
    {
        var company = work.Tenant;
        var contacts = company.Contacts(channel);
        var isNew = !contacts.TryGetValue(key, out var contact);
        if (isNew)
        {
            work.AddSubscriber();
        }

        // A new contact joins the store only at commit, so a failed request leaves no trace of it.
        contact ??= new AttentiveContact(key);
        var external = command.ExternalIdentifiers is null
            ? null
            : contact.ExternalIdentifiers?.MergeWith(command.ExternalIdentifiers) ?? command.ExternalIdentifiers;
        var current = contact.Get(type);
        var (status, next) = OptIn(work, channel, to, type, current, command.SingleOptIn);
        Stage(work, contacts, contact, isNew, next is null ? null : type, next ?? current, external);
        return new SubscriptionResult(type, channel, status);
    }

    /// <summary>
    /// One subscription's opt-in, shared by addSubscriptions and the v2 user calls: stages the texts
    /// it sends and returns its status with the state to store (null: unchanged).
    /// </summary>
    /// <param name="to">Where the texts go.</param>
    public static (string Status, AttentiveSubscriptionState? Next) OptIn(
        UnitOfWork<AttentiveCompany> work, AttentiveChannel channel, string to, AttentiveSubscriptionType type, AttentiveSubscriptionState current, bool singleOptIn)
    {
        var company = work.Tenant;
        if (current is AttentiveSubscriptionState.Pending or AttentiveSubscriptionState.Active)
        {
            // Attentive records the repeat attempt; for TEXT the person is told they are already subscribed.
            if (channel == AttentiveChannel.Text)
            {
                work.Send(Messages.AlreadySubscribed(company, to, type));
            }

            return (PreviouslyCreated, null);
        }

        // Project decision: a number that unsubscribed before can only come back through its own "Y"
        // reply, so a re-added TEXT subscription is double opt-in even when singleOptIn is true.
        var doubleOptIn = channel == AttentiveChannel.Text
            && (!singleOptIn || current == AttentiveSubscriptionState.Unsubscribed);
        if (doubleOptIn)
        {
            work.Send(Messages.ReplyY(company, to, type));
        }

        work.Send(Messages.LegalDisclosure(company, channel, to, type));
        return (NewlyCreated, doubleOptIn ? AttentiveSubscriptionState.Pending : AttentiveSubscriptionState.Active);
    }

    private static void Stage(
        UnitOfWork<AttentiveCompany> work,
        Dictionary<string, AttentiveContact> contacts,
        AttentiveContact contact,
        bool isNew,
        AttentiveSubscriptionType? type,
        AttentiveSubscriptionState state,
        AttentiveExternalIdentifiers? external)
    {
        if (!isNew && type is null && external is null)
        {
            return;
        }

        work.OnCommit(() =>
        {
            if (isNew)
            {
                contacts.TryAdd(contact.Identifier, contact);
            }

            if (type is { } changed)
            {
                contact.Set(changed, state);
            }

            if (external is not null)
            {
                contact.ExternalIdentifiers = external;
            }
        });
    }
}
