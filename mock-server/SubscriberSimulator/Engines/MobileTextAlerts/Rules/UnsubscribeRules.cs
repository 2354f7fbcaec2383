using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The unsubscribe list. Adding is idempotent; there is no way back through the API (the provider
/// documents none), and deleting or re-adding the subscriber leaves the entry in place (the re-add
/// rule is in <see cref="UpsertRules"/>).
/// </summary>
internal static class UnsubscribeRules
{
    public const string StopConfirmationText = "You are unsubscribed and will receive no further messages.";

    /// <summary>Puts the number on the list; false when it was already there.</summary>
    public static bool Add(UnitOfWork<MtaAccount> work, MtaIds ids, long phoneDigits)
    {
        var account = work.Tenant;
        if (account.UnsubscribesByPhone.ContainsKey(phoneDigits))
        {
            return false;
        }

        var entry = new MtaUnsubscribe(ids.NextUnsubscribeId(), phoneDigits, work.Now);
        work.OnCommit(() => account.UnsubscribesByPhone[phoneDigits] = entry);
        return true;
    }

    /// <summary>
    /// Puts every valid number on the list (a number given twice, or already there, is simply
    /// unsubscribed again); returns each record's error, null for the ones now on the list.
    /// </summary>
    public static string?[] AddMany(UnitOfWork<MtaAccount> work, MtaIds ids, string[] numbers)
    {
        var errors = new string?[numbers.Length];
        var added = new HashSet<long>();
        for (var i = 0; i < numbers.Length; i++)
        {
            var verdict = MtaPhoneNumbers.Number(numbers[i]);
            if (verdict.Broken is { } rule)
            {
                errors[i] = ErrorMessages.Phone("number", rule);
            }
            else if (added.Add(verdict.E164Digits))
            {
                Add(work, ids, verdict.E164Digits);
            }
        }

        return errors;
    }

    /// <summary>The handset replies STOP: the number goes on the list and gets the confirmation text (a consent action, so it sends).</summary>
    public static bool StopReply(UnitOfWork<MtaAccount> work, MtaIds ids, long phoneDigits)
    {
        var subscriberId = work.Tenant.FindByPhone(phoneDigits)?.Id ?? 0;
        work.Send(Messages.Sms(MessageKinds.UnsubscribeConfirmation, phoneDigits, StopConfirmationText, subscriberId));
        return Add(work, ids, phoneDigits);
    }

    /// <summary>The list, oldest first; the caller holds the account's lock.</summary>
    public static List<MtaUnsubscribe> InOrder(MtaAccount account)
    {
        var entries = account.UnsubscribesByPhone.Values.ToList();
        entries.Sort((a, b) => a.Id.CompareTo(b.Id));
        return entries;
    }
}
