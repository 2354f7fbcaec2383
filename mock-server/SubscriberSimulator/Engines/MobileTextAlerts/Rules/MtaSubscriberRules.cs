using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The create-or-update rules, shared by single and bulk endpoints and the seeding controls.
/// Matching: the number (E.164 <c>e164Number</c> wins over <c>number</c>) first, then the email.
/// Updates overwrite the given scalar fields, add to the groups (never remove) and merge the custom
/// fields by id. A new subscriber with a number and a <c>welcomeMessage</c> gets that text, unless
/// the number is on the unsubscribe list: then the record is stored and nothing is sent.
/// </summary>
internal sealed class MtaSubscriberRules
{
    private readonly MtaIdGenerator _ids;
    private readonly MtaRecordMerger _merger;

    public MtaSubscriberRules(MtaIdGenerator ids)
    {
        _ids = ids;
        _merger = new MtaRecordMerger(ids);
    }

    public MtaWriteResult Upsert(MtaTransaction tx, in MtaSubscriberInput input, bool createOnly, long nowTicks)
    {
        var account = tx.Account;
        var error = MtaRecordChecks.ResolveContact(account, input, out var contact) ?? MtaRecordChecks.CheckReferences(account, input);
        if (error is not null)
        {
            return MtaWriteResult.Failed(error);
        }

        var byPhone = account.FindByPhone(contact.PhoneDigits);
        var byEmail = account.FindByEmail(contact.Email);
        if (byPhone is not null && byEmail is not null && byPhone.Id != byEmail.Id)
        {
            return MtaWriteResult.Failed(MtaErrorMessages.NumberAndEmailConflict);
        }

        var existing = byPhone ?? byEmail;
        if (existing is not null)
        {
            return createOnly ? MtaWriteResult.Failed(MtaErrorMessages.AlreadyExists) : Apply(tx, existing, input, contact, nowTicks);
        }

        if (contact.PhoneDigits == 0 && contact.Email is null)
        {
            return MtaWriteResult.Failed(MtaErrorMessages.NeedsContact);
        }

        var created = new MtaSubscriber
        {
            Id = _ids.NextSubscriberId(),
            CreatedUtcTicks = nowTicks,
            FirstName = input.FirstName ?? string.Empty,
            LastName = input.LastName ?? string.Empty,
            Email = contact.Email,
            PhoneDigits = contact.PhoneDigits,
            EmployeeNumber = input.EmployeeNumber,
            CarrierId = MtaCarriers.DefaultCarrierId(contact.PhoneDigits),
            Groups = MtaRecordMerger.MergeGroups([], input.GroupIds, nowTicks),
            Fields = _merger.MergeFields([], input.SubscriberFields),
        };
        tx.Write(null, created);
        if (created.HasPhone && !string.IsNullOrEmpty(input.WelcomeMessage) && !account.IsUnsubscribed(created.PhoneDigits))
        {
            tx.Send(new MtaPendingMessage(created.PhoneDigits, "welcome", input.WelcomeMessage, created.Id));
        }

        return new MtaWriteResult(created, true, null);
    }

    /// <summary>Updates a subscriber found by id, number or email (PATCH); nothing is sent.</summary>
    public MtaWriteResult Update(MtaTransaction tx, MtaSubscriber existing, in MtaSubscriberInput input, long nowTicks)
    {
        var account = tx.Account;
        var error = MtaRecordChecks.ResolveContact(account, input, out var contact) ?? MtaRecordChecks.CheckReferences(account, input);
        if (error is not null)
        {
            return MtaWriteResult.Failed(error);
        }

        var byPhone = account.FindByPhone(contact.PhoneDigits);
        if (byPhone is not null && byPhone.Id != existing.Id)
        {
            return MtaWriteResult.Failed(MtaErrorMessages.NumberTaken);
        }

        var byEmail = account.FindByEmail(contact.Email);
        if (byEmail is not null && byEmail.Id != existing.Id)
        {
            return MtaWriteResult.Failed(MtaErrorMessages.EmailTaken);
        }

        return Apply(tx, existing, input, contact, nowTicks);
    }

    private MtaWriteResult Apply(MtaTransaction tx, MtaSubscriber existing, in MtaSubscriberInput input, MtaContact contact, long nowTicks)
    {
        var phone = contact.PhoneDigits != 0 ? contact.PhoneDigits : existing.PhoneDigits;
        var updated = existing with
        {
            FirstName = input.FirstName ?? existing.FirstName,
            LastName = input.LastName ?? existing.LastName,
            Email = contact.Email ?? existing.Email,
            PhoneDigits = phone,
            EmployeeNumber = input.EmployeeNumber ?? existing.EmployeeNumber,
            CarrierId = phone == existing.PhoneDigits ? existing.CarrierId : MtaCarriers.DefaultCarrierId(phone),
            Groups = MtaRecordMerger.MergeGroups(existing.Groups, input.GroupIds, nowTicks),
            Fields = _merger.MergeFields(existing.Fields, input.SubscriberFields),
        };
        tx.Write(existing, updated);
        return new MtaWriteResult(updated, false, null);
    }
}
