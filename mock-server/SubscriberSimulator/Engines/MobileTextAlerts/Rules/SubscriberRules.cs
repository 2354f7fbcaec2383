using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Finding, updating and deleting existing subscribers. Updates overwrite the given scalar fields,
/// add to the groups (never remove) and merge the custom fields by id; nothing is sent. Deleting is
/// not unsubscribing: an opted-out number stays on the unsubscribe list.
/// </summary>
internal static class SubscriberRules
{
    /// <summary>
    /// Resolves <c>{idOrNumberOrEmail}</c>: anything with '@' is an email, and digits are tried as a
    /// subscriber id first and then as a phone number (ids are 9 digits and phone numbers normally 10
    /// or more, so the two rarely meet); '+' starts an E.164 number.
    /// </summary>
    public static MtaSubscriber? Find(ISubscriberLookup subscribers, string key)
    {
        key = key.Trim();
        if (key.Length == 0)
        {
            return null;
        }

        if (key.Contains('@', StringComparison.Ordinal))
        {
            return subscribers.FindByEmail(key);
        }

        if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && subscribers.FindById(id) is { } byId)
        {
            return byId;
        }

        return MtaPhoneNumbers.TryParseNumber(key, out var phone) ? subscribers.FindByPhone(phone) : null;
    }

    /// <summary><see cref="Find(ISubscriberLookup, string)"/>, or the provider's 404.</summary>
    public static MtaSubscriber Require(ISubscriberLookup subscribers, string key) =>
        Find(subscribers, key) ?? throw RequestRefusedException.NotFound(ErrorMessages.NotFound + ".");

    /// <summary>The subscriber a bulk-update item names, or null with the item's error.</summary>
    public static MtaSubscriber? Find(ISubscriberLookup subscribers, in BulkUpdateItem item, out string error)
    {
        error = ErrorMessages.NotFound;
        switch (item.Key)
        {
            case BulkUpdateKey.Id:
                return subscribers.FindById(item.Id);
            case BulkUpdateKey.PhoneNumber:
                var verdict = MtaPhoneNumbers.Number(item.Text ?? string.Empty);
                if (verdict.Broken is { } rule)
                {
                    error = ErrorMessages.Phone("phoneNumber", rule);
                    return null;
                }

                return subscribers.FindByPhone(verdict.E164Digits);
            default:
                return subscribers.FindByEmail(item.Text!.Trim());
        }
    }

    /// <summary>Updates a subscriber found by id, number or email (PATCH, bulk update).</summary>
    public static WriteResult Update(StagedSubscribers staged, MtaSubscriber existing, in SubscriberRecord record)
    {
        var account = staged.Account;
        var error = RecordChecks.ResolveContact(account, record, out var contact) ?? RecordChecks.CheckReferences(account, record);
        if (error is not null)
        {
            return WriteResult.Failed(error);
        }

        var byPhone = staged.FindByPhone(contact.PhoneDigits);
        if (byPhone is not null && byPhone.Id != existing.Id)
        {
            return WriteResult.Failed(ErrorMessages.NumberTaken);
        }

        var byEmail = staged.FindByEmail(contact.Email);
        if (byEmail is not null && byEmail.Id != existing.Id)
        {
            return WriteResult.Failed(ErrorMessages.EmailTaken);
        }

        return Apply(staged, existing, record, contact);
    }

    /// <summary>Stages the next version of <paramref name="existing"/>; the record and contact were checked.</summary>
    public static WriteResult Apply(StagedSubscribers staged, MtaSubscriber existing, in SubscriberRecord record, Contact contact)
    {
        var phone = contact.PhoneDigits != 0 ? contact.PhoneDigits : existing.PhoneDigits;
        var updated = existing with
        {
            FirstName = record.FirstName ?? existing.FirstName,
            LastName = record.LastName ?? existing.LastName,
            Email = contact.Email ?? existing.Email,
            PhoneDigits = phone,
            EmployeeNumber = record.EmployeeNumber ?? existing.EmployeeNumber,
            CarrierId = phone == existing.PhoneDigits ? existing.CarrierId : CarrierRules.DefaultCarrierId(phone),
            Groups = RecordMerger.MergeGroups(existing.Groups, record.GroupIds, staged.NowTicks),
            Fields = RecordMerger.MergeFields(existing.Fields, record.SubscriberFields, staged.Ids),
        };
        staged.Write(existing, updated);
        return new WriteResult(updated, false, null);
    }

    /// <summary>Deletes the subscriber <paramref name="key"/> names (404 when none); its opt-out, if any, stays.</summary>
    public static void Delete(UnitOfWork<MtaAccount> work, string key)
    {
        var account = work.Tenant;
        var subscriber = Require(account, key);
        work.OnCommit(() => account.Remove(subscriber));
    }
}
