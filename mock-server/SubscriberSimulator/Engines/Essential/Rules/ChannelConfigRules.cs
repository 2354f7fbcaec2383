using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// An account's configuration: tags and welcome series through Essential's API, plus what only
/// the simulator's controls and C# API seed (channels, enabled series with tags, workflows,
/// carrier answers). Every method checks first and stages its change on the caller's work.
/// </summary>
internal static class ChannelConfigRules
{
    private const int MinTagNameLength = 3;
    private const int MaxNameLength = 255;

    private static readonly string[] DefaultSeriesBodies =
    [
        "Welcome! Thanks for subscribing.",
        "Reply STOP at any time to stop receiving messages.",
    ];

    /// <summary>A channel and the transport it sends through (its subscribers' transport).</summary>
    public static EssentialChannel AddChannel(UnitOfWork<EssentialAccount> work, EssentialChannelDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            throw RequestRefusedException.BadRequest("A channel needs a name.");
        }

        var account = work.Tenant;
        var channelSid = definition.Sid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(definition.Sid);
        if (account.ChannelsBySid.ContainsKey(channelSid))
        {
            throw RequestRefusedException.Conflict($"Channel '{channelSid}' already exists.");
        }

        var transport = TransportRules.Add(work, channelSid, sid: null, definition.TransportEndpoint, active: true);
        var channel = new EssentialChannel
        {
            Sid = channelSid,
            Name = definition.Name,
            TransportSid = transport.Sid,
            WelcomeMessage = definition.WelcomeMessage,
            CreatedAt = work.Now.UtcDateTime,
        };
        work.OnCommit(() => account.ChannelsBySid.Add(channelSid, channel));
        return channel;
    }

    /// <summary>One more transport on a channel (Essential sets these up outside its API).</summary>
    public static EssentialTransport AddTransport(UnitOfWork<EssentialAccount> work, string channelSid, EssentialTransportDefinition definition) =>
        TransportRules.Add(work, work.Tenant.GetChannel(channelSid).Sid, definition.Sid, definition.Endpoint, definition.Active);

    public static EssentialTag CreateTag(UnitOfWork<EssentialAccount> work, CreateTagCommand command, string? fixedSid = null)
    {
        var account = work.Tenant;
        var channel = account.GetChannel(command.ChannelSid);
        var name = command.Name.Trim();
        if (name.Length < MinTagNameLength || name.Length > MaxNameLength)
        {
            throw RequestRefusedException.BadRequest($"A tag name needs {MinTagNameLength} to {MaxNameLength} characters.");
        }

        foreach (var existing in channel.TagsBySid.Values)
        {
            if (existing.DeletedAt is null && string.Equals(existing.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                throw RequestRefusedException.BadRequest($"A tag named '{name}' already exists on this channel.");
            }
        }

        var sid = fixedSid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(fixedSid);
        if (account.FindTag(sid) is not null)
        {
            throw RequestRefusedException.Conflict($"Tag '{sid}' already exists.");
        }

        var tag = new EssentialTag { Sid = sid, ChannelSid = channel.Sid, Name = name, CreatedAt = work.Now.UtcDateTime };
        work.OnCommit(() => channel.TagsBySid.Add(sid, tag));
        return tag;
    }

    /// <summary>A channel's tags (deleted ones only on request). Call under the account's lock.</summary>
    public static List<EssentialTag> ListTags(EssentialAccount account, string channelSid, bool includeDeleted)
    {
        var channel = account.GetChannel(channelSid);
        var tags = new List<EssentialTag>(channel.TagsBySid.Count);
        foreach (var tag in channel.TagsBySid.Values)
        {
            if (includeDeleted || tag.DeletedAt is null)
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    /// <summary>
    /// Essential's create_default: a disabled series holding two starter messages, inserted at the
    /// requested position (the end when none is given).
    /// </summary>
    public static EssentialWelcomeSeries CreateWelcomeSeries(UnitOfWork<EssentialAccount> work, string channelSid, string name, int? position) =>
        AddWelcomeSeries(work, channelSid, new EssentialWelcomeSeriesDefinition
        {
            Name = name,
            Position = position ?? -1,
            Enabled = false,
            ItemBodies = DefaultSeriesBodies,
        });

    /// <summary>Seeds a series; a negative position appends it.</summary>
    public static EssentialWelcomeSeries AddWelcomeSeries(UnitOfWork<EssentialAccount> work, string channelSid, EssentialWelcomeSeriesDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Length > MaxNameLength)
        {
            throw RequestRefusedException.BadRequest($"A welcome series name needs 1 to {MaxNameLength} characters.");
        }

        var channel = work.Tenant.GetChannel(channelSid);
        var now = work.Now.UtcDateTime;
        var series = new EssentialWelcomeSeries
        {
            Sid = definition.Sid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(definition.Sid),
            ChannelSid = channel.Sid,
            Name = definition.Name,
            Position = definition.Position < 0 ? channel.NextWelcomeSeriesPosition() : definition.Position,
            Enabled = definition.Enabled,
            TagSids = ResolveTags(channel, definition.TagSids, allowDeleted: true),
            CreatedAt = now,
            UpdatedAt = now,
        };
        for (var i = 0; i < definition.ItemBodies.Count; i++)
        {
            series.Items.Add(new EssentialWelcomeSeriesItem
            {
                Sid = SidGenerator.NewSid(),
                Name = $"Message {i + 1}",
                SequenceId = i,
                Body = definition.ItemBodies[i],
                CreatedAt = now,
            });
        }

        work.OnCommit(() => channel.InsertWelcomeSeries(series));
        return series;
    }

    public static EssentialWelcomeSeriesItem AddWelcomeSeriesItem(
        UnitOfWork<EssentialAccount> work, string channelSid, string seriesSid, CreateWelcomeSeriesItemCommand command)
    {
        var series = FindSeries(work.Tenant.GetChannel(channelSid), seriesSid);
        foreach (var existing in series.Items)
        {
            if (existing.SequenceId == command.SequenceId)
            {
                throw RequestRefusedException.BadRequest($"'sequence_id' {command.SequenceId} is already used in this welcome series.");
            }
        }

        var now = work.Now.UtcDateTime;
        var item = new EssentialWelcomeSeriesItem
        {
            Sid = SidGenerator.NewSid(),
            Name = command.Name,
            SequenceId = command.SequenceId,
            Body = command.Body,
            MediaUrls = command.MediaUrls,
            CreatedAt = now,
        };
        work.OnCommit(() =>
        {
            series.Items.Add(item);
            series.UpdatedAt = now;
        });
        return item;
    }

    /// <summary>Enables or disables a series and sets its selecting tags (Essential does this in its UI only).</summary>
    public static EssentialWelcomeSeries ConfigureWelcomeSeries(
        UnitOfWork<EssentialAccount> work, string channelSid, string seriesSid, bool? enabled, IReadOnlyList<string>? tagSids)
    {
        var channel = work.Tenant.GetChannel(channelSid);
        var series = FindSeries(channel, seriesSid);
        var resolved = tagSids is null ? null : ResolveTags(channel, tagSids, allowDeleted: true);
        var now = work.Now.UtcDateTime;
        work.OnCommit(() =>
        {
            series.Enabled = enabled ?? series.Enabled;
            series.TagSids = resolved ?? series.TagSids;
            series.UpdatedAt = now;
        });
        return series;
    }

    public static EssentialWorkflow AddWorkflow(UnitOfWork<EssentialAccount> work, EssentialWorkflowDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            throw RequestRefusedException.BadRequest("A workflow needs a name.");
        }

        if (definition.MaxSubscriberExecutions is < 1)
        {
            throw RequestRefusedException.BadRequest("'max_subscriber_executions' must be 1 or more (or absent for no limit).");
        }

        var account = work.Tenant;
        var sid = definition.Sid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(definition.Sid);
        if (account.WorkflowsBySid.ContainsKey(sid))
        {
            throw RequestRefusedException.Conflict($"Workflow '{sid}' already exists.");
        }

        var requiredTags = new string[definition.StartConditions.RequiredTagSids.Count];
        for (var i = 0; i < requiredTags.Length; i++)
        {
            var tagSid = definition.StartConditions.RequiredTagSids[i];
            requiredTags[i] = account.FindTag(tagSid)?.Sid
                ?? throw RequestRefusedException.BadRequest($"Unknown tag SID '{tagSid}' in the start conditions.");
        }

        var workflow = new EssentialWorkflow
        {
            Sid = sid,
            Name = definition.Name,
            Enabled = definition.Enabled,
            MaxSubscriberExecutions = definition.MaxSubscriberExecutions,
            RequiredTagSids = requiredTags,
            RequiredProperties = new Dictionary<string, string>(definition.StartConditions.RequiredProperties, StringComparer.Ordinal),
            CreatedAt = work.Now.UtcDateTime,
        };
        work.OnCommit(() => account.WorkflowsBySid.Add(sid, workflow));
        return workflow;
    }

    public static void SeedCarrier(UnitOfWork<EssentialAccount> work, string phoneNumber, EssentialCarrierKind kind, string? carrier)
    {
        var phone = UsPhoneNumber.Parse("phone_number", phoneNumber);
        var account = work.Tenant;
        work.OnCommit(() => account.SeededCarriers[phone] = new SeededCarrier(kind, carrier));
    }

    /// <summary>
    /// Tag SIDs of the channel in their canonical instances (so subscribers and series share the
    /// tag's own strings instead of holding copies), without duplicates; an unknown one is a 400.
    /// </summary>
    public static string[] ResolveTags(EssentialChannel channel, IReadOnlyList<string> tagSids, bool allowDeleted)
    {
        var resolved = new string[tagSids.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            if (!channel.TagsBySid.TryGetValue(SidGenerator.StripPrefix(tagSids[i]), out var tag) || (tag.DeletedAt is not null && !allowDeleted))
            {
                throw RequestRefusedException.BadRequest($"Unknown tag SID '{tagSids[i]}' for this channel.");
            }

            resolved[i] = tag.Sid;
        }

        return TagSidList.Distinct(resolved);
    }

    private static EssentialWelcomeSeries FindSeries(EssentialChannel channel, string seriesSid)
    {
        var sid = SidGenerator.StripPrefix(seriesSid);
        return channel.WelcomeSeries.Find(series => series.Sid == sid)
            ?? throw RequestRefusedException.NotFound("Welcome series not found.");
    }
}
