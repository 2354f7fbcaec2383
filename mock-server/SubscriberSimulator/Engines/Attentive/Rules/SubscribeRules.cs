using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Opt-in rules: which sign-up unit applies, which subscriptions are created or already exist, and
/// which texts go out. Plans into a <see cref="CompanyTransaction"/>; the caller commits it.
/// </summary>
internal static class SubscribeRules
{
    public const string NewlyCreated = "NEWLY_CREATED";
    public const string PreviouslyCreated = "PREVIOUSLY_CREATED";

    public static List<SubscriptionResult> Plan(CompanyTransaction transaction, SubscribeCommand command)
    {
        if (command.Phone is null && command.Email is null)
        {
            throw AttentiveRequestException.BadRequest("user must contain a phone or an email.");
        }

        var phoneKey = command.Phone is null ? null : ContactIdentifiers.RequireKey(AttentiveChannel.Text, command.Phone, "user.phone");
        var emailKey = command.Email is null ? null : ContactIdentifiers.RequireKey(AttentiveChannel.Email, command.Email, "user.email");
        var unit = ResolveUnit(transaction.Company, command);
        var results = new List<SubscriptionResult>(2);
        if (phoneKey is not null)
        {
            results.Add(PlanChannel(transaction, AttentiveChannel.Text, phoneKey, unit.Type, command));
        }

        if (emailKey is not null)
        {
            results.Add(PlanChannel(transaction, AttentiveChannel.Email, emailKey, unit.Type, command));
        }

        return results;
    }

    /// <summary>signUpSourceId wins when present (project decision); otherwise locale plus type must match exactly one API unit.</summary>
    public static AttentiveSignUpUnit ResolveUnit(AttentiveCompany company, SubscribeCommand command)
    {
        if (command.SignUpSourceId is { } sourceId)
        {
            if (!company.SignUpUnits.TryGetValue(sourceId, out var unit))
            {
                throw AttentiveRequestException.BadRequest("signUpSourceId does not name a sign-up unit of this company.");
            }

            if (!unit.IsApi)
            {
                throw AttentiveRequestException.BadRequest("signUpSourceId names a sign-up unit that is not an API sign-up unit.");
            }

            return unit;
        }

        if (!command.HasLocale || command.SubscriptionType is null)
        {
            throw AttentiveRequestException.BadRequest("Send either signUpSourceId, or both locale and subscriptionType.");
        }

        if (command.Language is null || command.Country is null)
        {
            throw AttentiveRequestException.BadRequest("locale must contain both language and country.");
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
            0 => throw AttentiveRequestException.BadRequest("No API sign-up unit matches this locale and subscriptionType; nobody was opted in."),
            _ => throw AttentiveRequestException.BadRequest($"{matches} API sign-up units match this locale and subscriptionType; send signUpSourceId instead. Nobody was opted in."),
        };
    }

    private static SubscriptionResult PlanChannel(
        CompanyTransaction transaction,
        AttentiveChannel channel,
        string key,
        AttentiveSubscriptionType type,
        SubscribeCommand command)
    {
        var company = transaction.Company;
        var contacts = company.Contacts(channel);
        var isNew = !contacts.TryGetValue(key, out var contact);
        contact ??= new AttentiveContact(key);
        var external = command.ExternalIdentifiers is null
            ? null
            : contact.ExternalIdentifiers?.MergeWith(command.ExternalIdentifiers) ?? command.ExternalIdentifiers;
        var insertInto = isNew ? contacts : null;
        var current = contact.Get(type);
        var to = channel == AttentiveChannel.Text ? command.Phone! : command.Email!;

        if (current is AttentiveSubscriptionState.Pending or AttentiveSubscriptionState.Active)
        {
            // Attentive records the repeat attempt; for TEXT the person is told they are already subscribed.
            if (channel == AttentiveChannel.Text)
            {
                transaction.Send(AttentiveMessages.AlreadySubscribed(company, to, type));
            }

            transaction.Change(new ContactChange(contact, insertInto, null, current, external));
            return new SubscriptionResult(type, channel, PreviouslyCreated);
        }

        // Project decision: a number that unsubscribed before can only come back through its own "Y"
        // reply, so a re-added TEXT subscription is double opt-in even when singleOptIn is true.
        var doubleOptIn = channel == AttentiveChannel.Text
            && (!command.SingleOptIn || current == AttentiveSubscriptionState.Unsubscribed);
        var next = doubleOptIn ? AttentiveSubscriptionState.Pending : AttentiveSubscriptionState.Active;
        if (doubleOptIn)
        {
            transaction.Send(AttentiveMessages.ReplyY(company, to, type));
        }

        transaction.Send(AttentiveMessages.LegalDisclosure(company, channel, to, type));
        transaction.Change(new ContactChange(contact, insertInto, type, next, external));
        return new SubscriptionResult(type, channel, NewlyCreated);
    }
}
