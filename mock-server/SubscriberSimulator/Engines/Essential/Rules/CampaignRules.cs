using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>Seeding a campaign: checked like the rest of a channel's configuration, stored as given, never sent.</summary>
internal static class CampaignRules
{
    private const int MaxNameLength = 255;
    private static readonly string[] Statuses = ["draft", "scheduled", "sent"];
    private static readonly string[] TagOperators = ["or", "and"];

    public static EssentialCampaign Add(UnitOfWork<EssentialAccount> work, string channelSid, EssentialCampaignDefinition definition)
    {
        var account = work.Tenant;
        var channel = account.GetChannel(channelSid);
        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Length > MaxNameLength)
        {
            throw RequestRefusedException.BadRequest($"A campaign name needs 1 to {MaxNameLength} characters.");
        }

        var status = OneOf("status", definition.Status, Statuses);
        var tagOperator = OneOf("tag_operator", definition.TagOperator, TagOperators);
        if (definition.Delivered < 0 || definition.Failed < 0 || definition.Pending < 0)
        {
            throw RequestRefusedException.BadRequest("Delivery counters must be 0 or more.");
        }

        if (status == "draft" && definition.SendAt is not null)
        {
            throw RequestRefusedException.BadRequest("A draft has no 'send_at'.");
        }

        var sid = definition.Sid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(definition.Sid);
        if (account.Campaigns.Exists(campaign => campaign.Sid == sid))
        {
            throw RequestRefusedException.Conflict($"Campaign '{sid}' already exists.");
        }

        var now = work.Now.UtcDateTime;
        var campaign = new EssentialCampaign
        {
            Sid = sid,
            ChannelSid = channel.Sid,
            Name = definition.Name,
            Status = status,
            Body = definition.Body,
            MediaUrls = [.. definition.MediaUrls],
            TagOperator = tagOperator,
            TagSids = ChannelConfigRules.ResolveTags(channel, definition.TagSids, allowDeleted: true),
            IncludeNumbers = Numbers("include_numbers", definition.IncludeNumbers),
            ExcludeNumbers = Numbers("exclude_numbers", definition.ExcludeNumbers),
            ExternalRefId = definition.ExternalRefId,
            ShortenUrls = definition.ShortenUrls,
            SendToInboxed = definition.SendToInboxed,
            SendAt = status == "draft" ? null : definition.SendAt?.UtcDateTime ?? now,
            Delivery = status == "sent" ? new CampaignDelivery(SidGenerator.NewSid(), definition.Delivered, definition.Failed, definition.Pending) : null,
            CreatedAt = now,
        };
        work.OnCommit(() => account.Campaigns.Add(campaign));
        return campaign;
    }

    private static string OneOf(string field, string value, string[] allowed) =>
        Array.Find(allowed, candidate => candidate == value)
        ?? throw RequestRefusedException.BadRequest($"'{field}' must be one of {string.Join(", ", allowed)}.");

    private static string[] Numbers(string field, IReadOnlyList<string> numbers)
    {
        var result = new string[numbers.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = UsPhoneNumber.ToE164(UsPhoneNumber.Parse(field, numbers[i]));
        }

        return result;
    }
}
