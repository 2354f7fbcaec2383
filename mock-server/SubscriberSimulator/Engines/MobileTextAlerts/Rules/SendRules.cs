using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// <c>POST /v3/send</c>. Content: text and/or an image; with an image or <c>isMMS</c> the message
/// is an MMS (at most 1550 characters), otherwise an SMS (at most 160). Recipients: the distinct
/// subscribers named by <c>subscriberIds</c>, <c>subscribers</c> entries and the members of
/// <c>groups</c>, or every subscriber with <c>allSubscribers</c> alone. Every id, group and entry is
/// checked before anything is sent, since a partial send cannot be undone: one bad one is a 400 and
/// nothing happens. An entry that is not yet a subscriber becomes one (its number stays on the
/// unsubscribe list if it is there). Opted-out numbers are never messaged, email-only subscribers
/// cannot be (only SMS and MMS are modelled); both are counted.
/// </summary>
internal static class SendRules
{
    public const string NoContent = "At least one content field is required: message, image or templateId.";
    public const string NoRecipient = "At least one recipient is required: subscriberIds, subscribers, groups or allSubscribers: true.";
    public const string AllSubscribersAlone = "allSubscribers: true messages every subscriber; leave out subscriberIds, subscribers and groups.";
    public const string BadImage = "image must be a publicly reachable http or https URL.";
    private const string NothingSent = " Nothing was sent.";

    public static SendOutcome Send(StagedSubscribers staged, SendCommand command, string messageId)
    {
        ArgumentNullException.ThrowIfNull(command);
        var isMms = CheckContent(command);
        CheckRecipientFields(command);
        var account = staged.Account;
        var created = 0;
        var recipients = command.AllSubscribers ? account.InCreationOrder() : Resolve(staged, command, ref created);
        var body = command.Message ?? string.Empty;
        int total = 0, sent = 0, optedOut = 0, noNumber = 0;
        foreach (var recipient in recipients)
        {
            total++;
            if (!recipient.HasPhone)
            {
                noNumber++;
            }
            else if (account.IsUnsubscribed(recipient.PhoneDigits))
            {
                optedOut++;
            }
            else
            {
                staged.Work.Send(Messages.Sent(recipient, body, isMms, command.Image, messageId));
                sent++;
            }
        }

        return new SendOutcome(total, sent, optedOut, noNumber, created);
    }

    /// <summary>True for an MMS; refuses a send without content, with a bad image URL or over its character limit.</summary>
    private static bool CheckContent(SendCommand command)
    {
        if (string.IsNullOrEmpty(command.Message) && command.Image is null)
        {
            throw RequestRefusedException.BadRequest(NoContent);
        }

        if (command.Image is not null
            && !(Uri.TryCreate(command.Image, UriKind.Absolute, out var image) && (image.Scheme == Uri.UriSchemeHttps || image.Scheme == Uri.UriSchemeHttp)))
        {
            throw RequestRefusedException.BadRequest(BadImage);
        }

        var isMms = command.Image is not null || command.IsMms;
        var limit = isMms ? SendCommand.MmsMaxCharacters : SendCommand.SmsMaxCharacters;
        var text = command.Message ?? string.Empty;

        // Characters as the spec's maxLength counts them (code points); UTF-16 length is an upper bound.
        var length = text.Length <= limit ? text.Length : text.EnumerateRunes().Count();
        if (length > limit)
        {
            var advice = isMms ? string.Empty : " Shorten it, or send it as an MMS (isMMS: true) for up to 1550.";
            throw RequestRefusedException.BadRequest(string.Create(CultureInfo.InvariantCulture,
                $"message has {length} characters, over the character limit of {limit} for an {(isMms ? "MMS" : "SMS")}.{advice}"));
        }

        return isMms;
    }

    private static void CheckRecipientFields(SendCommand command)
    {
        var named = command.SubscriberIds.Length > 0 || command.Subscribers.Length > 0 || command.Groups.Length > 0;
        if (command.AllSubscribers && named)
        {
            throw RequestRefusedException.BadRequest(AllSubscribersAlone);
        }

        if (!command.AllSubscribers && !named)
        {
            throw RequestRefusedException.BadRequest(NoRecipient);
        }
    }

    /// <summary>The distinct recipients in the order the fields name them (group members oldest first).</summary>
    private static List<MtaSubscriber> Resolve(StagedSubscribers staged, SendCommand command, ref int created)
    {
        var account = staged.Account;
        var recipients = new List<MtaSubscriber>();
        var seen = new HashSet<long>();
        foreach (var id in command.SubscriberIds)
        {
            var subscriber = staged.FindById(id)
                ?? throw RequestRefusedException.BadRequest(string.Create(CultureInfo.InvariantCulture, $"Subscriber {id} does not exist.{NothingSent}"));
            if (seen.Add(subscriber.Id))
            {
                recipients.Add(subscriber);
            }
        }

        var groups = new HashSet<int>();
        foreach (var id in command.Groups)
        {
            if (id is <= 0 or > int.MaxValue || !account.Groups.ContainsKey((int)id))
            {
                throw RequestRefusedException.BadRequest(ErrorMessages.UnknownGroup(id) + NothingSent);
            }

            groups.Add((int)id);
        }

        for (var i = 0; i < command.Subscribers.Length; i++)
        {
            var subscriber = Entry(staged, command.Subscribers[i], i, ref created);
            if (seen.Add(subscriber.Id))
            {
                recipients.Add(subscriber);
            }
        }

        if (groups.Count > 0)
        {
            foreach (var subscriber in account.InCreationOrder())
            {
                if (IsMember(subscriber, groups) && seen.Add(subscriber.Id))
                {
                    recipients.Add(subscriber);
                }
            }
        }

        return recipients;
    }

    /// <summary>
    /// The subscriber an entry names, created when there is none; a 400 when the entry cannot be one
    /// (the cap's 403 when the account is full), and nothing is sent.
    /// </summary>
    private static MtaSubscriber Entry(StagedSubscribers staged, in SubscriberRecord entry, int index, ref int created)
    {
        var error = RecordChecks.ResolveContact(staged.Account, entry, out var contact);
        var status = 400;
        if (error is null)
        {
            if ((staged.FindByPhone(contact.PhoneDigits) ?? staged.FindByEmail(contact.Email)) is { } existing)
            {
                return existing;
            }

            var result = UpsertRules.Upsert(staged, entry, createOnly: false);
            if (result.Subscriber is { } subscriber)
            {
                created++;
                return subscriber;
            }

            error = result.Error;
            status = result.Status;
        }

        throw new RequestRefusedException(status, string.Create(CultureInfo.InvariantCulture, $"subscribers[{index}]: {error}{NothingSent}"));
    }

    private static bool IsMember(MtaSubscriber subscriber, HashSet<int> groups)
    {
        foreach (var membership in subscriber.Groups)
        {
            if (groups.Contains(membership.GroupId))
            {
                return true;
            }
        }

        return false;
    }
}
