using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Create-or-update, shared by <c>POST /v3/subscribers</c>, the bulk create and the seeding
/// controls. Matching: the number (<c>e164Number</c> wins over <c>number</c>) first, then the email;
/// a number and an email of two different subscribers is an error. With <c>createOnly</c> an
/// existing subscriber is the error record "Subscriber already exists" (DESIGN.md section 8).
/// A new subscriber with a number and a <c>welcomeMessage</c> gets that text, unless the number is on
/// the unsubscribe list: an opted-out number stays opted out when re-added (stored, nothing sent).
/// </summary>
internal static class UpsertRules
{
    public static WriteResult Upsert(StagedSubscribers staged, in SubscriberRecord record, bool createOnly)
    {
        var account = staged.Account;
        var error = RecordChecks.ResolveContact(account, record, out var contact) ?? RecordChecks.CheckReferences(account, record);
        if (error is not null)
        {
            return WriteResult.Failed(error);
        }

        var byPhone = staged.FindByPhone(contact.PhoneDigits);
        var byEmail = staged.FindByEmail(contact.Email);
        if (byPhone is not null && byEmail is not null && byPhone.Id != byEmail.Id)
        {
            return WriteResult.Failed(ErrorMessages.NumberAndEmailConflict);
        }

        var existing = byPhone ?? byEmail;
        if (existing is not null)
        {
            return createOnly ? WriteResult.Failed(ErrorMessages.AlreadyExists) : SubscriberRules.Apply(staged, existing, record, contact);
        }

        if (contact.PhoneDigits == 0 && contact.Email is null)
        {
            return WriteResult.Failed(ErrorMessages.NeedsContact);
        }

        // Over the subscriber cap: the bulk create reports it per record, like its other errors.
        if (!staged.Work.HasRoomForSubscriber())
        {
            return WriteResult.Failed(staged.Work.SubscriberCapMessage, staged.Work.SubscriberCapStatus);
        }

        staged.Work.AddSubscriber();

        var now = staged.NowTicks;
        var created = new MtaSubscriber
        {
            Id = staged.Ids.NextSubscriberId(),
            CreatedUtcTicks = now,
            FirstName = record.FirstName ?? string.Empty,
            LastName = record.LastName ?? string.Empty,
            Email = contact.Email,
            PhoneDigits = contact.PhoneDigits,
            EmployeeNumber = record.EmployeeNumber,
            CarrierId = CarrierRules.DefaultCarrierId(contact.PhoneDigits),
            Groups = RecordMerger.MergeGroups([], record.GroupIds, now),
            Fields = RecordMerger.MergeFields([], record.SubscriberFields, staged.Ids),
        };
        staged.Write(null, created);
        if (created.HasPhone && !string.IsNullOrEmpty(record.WelcomeMessage) && !account.IsUnsubscribed(created.PhoneDigits))
        {
            staged.Work.Send(Messages.Sms(MessageKinds.Welcome, created.PhoneDigits, record.WelcomeMessage, created.Id));
        }

        return new WriteResult(created, true, null);
    }

    /// <summary>
    /// Seeds records (the controls and the C# API): the same rules, but all or nothing, and nothing
    /// is sent (a <c>welcomeMessage</c> is ignored).
    /// </summary>
    public static List<MtaSubscriber> Seed(StagedSubscribers staged, SubscriberRecord[] records)
    {
        var stored = new List<MtaSubscriber>(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i] with { WelcomeMessage = null };
            var result = Upsert(staged, record, createOnly: false);
            stored.Add(result.Subscriber ?? throw new RequestRefusedException(result.Status, $"record {i}: {result.Error} Nothing was seeded."));
        }

        return stored;
    }
}
