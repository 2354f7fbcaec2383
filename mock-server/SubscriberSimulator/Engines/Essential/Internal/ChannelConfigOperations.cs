namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// Channel configuration: tags and welcome series through Essential's API, plus the seeding that
/// Essential's API does not offer (channels, enabled series with tags, workflows, carrier answers).
/// </summary>
internal sealed class ChannelConfigOperations(TimeProvider clock)
{
    private const int MinTagNameLength = 3;
    private const int MaxNameLength = 255;

    private static readonly string[] DefaultSeriesBodies =
    [
        "Welcome! Thanks for subscribing.",
        "Reply STOP at any time to stop receiving messages.",
    ];

    public EssentialChannel AddChannel(EssentialAccount account, string? sid, string name, string? welcomeMessage)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw EssentialRequestException.BadRequest("A channel needs a name.");
        }

        lock (account.Gate)
        {
            var channelSid = sid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(sid);
            if (account.ChannelsBySid.ContainsKey(channelSid))
            {
                throw new EssentialRequestException(409, $"Channel '{channelSid}' already exists.");
            }

            var channel = new EssentialChannel
            {
                Sid = channelSid,
                Name = name,
                TransportSid = SidGenerator.NewSid(),
                WelcomeMessage = welcomeMessage,
                CreatedAt = Now(),
            };
            account.ChannelsBySid.Add(channelSid, channel);
            return channel;
        }
    }

    public EssentialTag CreateTag(EssentialAccount account, CreateTagCommand command, string? fixedSid = null)
    {
        lock (account.Gate)
        {
            var channel = account.GetChannel(command.ChannelSid);
            var name = command.Name.Trim();
            if (name.Length < MinTagNameLength || name.Length > MaxNameLength)
            {
                throw EssentialRequestException.BadRequest($"A tag name needs {MinTagNameLength} to {MaxNameLength} characters.");
            }

            foreach (var existing in channel.TagsBySid.Values)
            {
                if (existing.DeletedAt is null && string.Equals(existing.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    throw EssentialRequestException.BadRequest($"A tag named '{name}' already exists on this channel.");
                }
            }

            var sid = fixedSid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(fixedSid);
            if (account.FindTag(sid) is not null)
            {
                throw new EssentialRequestException(409, $"Tag '{sid}' already exists.");
            }

            var tag = new EssentialTag { Sid = sid, ChannelSid = channel.Sid, Name = name, CreatedAt = Now() };
            channel.TagsBySid.Add(sid, tag);
            return tag;
        }
    }

    public List<EssentialTag> ListTags(EssentialAccount account, string channelSid, bool includeDeleted)
    {
        lock (account.Gate)
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
    }

    /// <summary>
    /// Essential's create_default: a disabled series holding two starter messages, inserted at the
    /// requested position (the end when none is given).
    /// </summary>
    public EssentialWelcomeSeries CreateWelcomeSeries(EssentialAccount account, string channelSid, string name, int? position)
    {
        return AddWelcomeSeries(account, channelSid, new EssentialWelcomeSeriesDefinition
        {
            Name = name,
            Position = position ?? -1,
            Enabled = false,
            ItemBodies = DefaultSeriesBodies,
        });
    }

    /// <summary>Seeds a series; a negative position appends it.</summary>
    public EssentialWelcomeSeries AddWelcomeSeries(EssentialAccount account, string channelSid, EssentialWelcomeSeriesDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Length > MaxNameLength)
        {
            throw EssentialRequestException.BadRequest($"A welcome series name needs 1 to {MaxNameLength} characters.");
        }

        lock (account.Gate)
        {
            var channel = account.GetChannel(channelSid);
            var tagSids = new string[definition.TagSids.Count];
            for (var i = 0; i < tagSids.Length; i++)
            {
                tagSids[i] = channel.TagsBySid.TryGetValue(SidGenerator.StripPrefix(definition.TagSids[i]), out var tag)
                    ? tag.Sid
                    : throw EssentialRequestException.BadRequest($"Unknown tag SID '{definition.TagSids[i]}' for this channel.");
            }

            var now = Now();
            var series = new EssentialWelcomeSeries
            {
                Sid = definition.Sid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(definition.Sid),
                ChannelSid = channel.Sid,
                Name = definition.Name,
                Position = definition.Position < 0 ? channel.NextWelcomeSeriesPosition() : definition.Position,
                Enabled = definition.Enabled,
                TagSids = TagSidList.Distinct(tagSids),
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

            channel.InsertWelcomeSeries(series);
            return series;
        }
    }

    public EssentialWelcomeSeriesItem AddWelcomeSeriesItem(
        EssentialAccount account, string channelSid, string seriesSid, CreateWelcomeSeriesItemCommand command)
    {
        lock (account.Gate)
        {
            var series = FindSeries(account.GetChannel(channelSid), seriesSid);
            foreach (var existing in series.Items)
            {
                if (existing.SequenceId == command.SequenceId)
                {
                    throw EssentialRequestException.BadRequest(
                        $"'sequence_id' {command.SequenceId} is already used in this welcome series.");
                }
            }

            var now = Now();
            var item = new EssentialWelcomeSeriesItem
            {
                Sid = SidGenerator.NewSid(),
                Name = command.Name,
                SequenceId = command.SequenceId,
                Body = command.Body,
                MediaUrls = command.MediaUrls,
                CreatedAt = now,
            };
            series.Items.Add(item);
            series.UpdatedAt = now;
            return item;
        }
    }

    /// <summary>Enables or disables a series and sets its selecting tags (Essential does this in its UI only).</summary>
    public EssentialWelcomeSeries ConfigureWelcomeSeries(
        EssentialAccount account, string channelSid, string seriesSid, bool? enabled, IReadOnlyList<string>? tagSids)
    {
        lock (account.Gate)
        {
            var channel = account.GetChannel(channelSid);
            var series = FindSeries(channel, seriesSid);
            string[]? resolved = null;
            if (tagSids is not null)
            {
                resolved = new string[tagSids.Count];
                for (var i = 0; i < resolved.Length; i++)
                {
                    resolved[i] = channel.TagsBySid.TryGetValue(SidGenerator.StripPrefix(tagSids[i]), out var tag)
                        ? tag.Sid
                        : throw EssentialRequestException.BadRequest($"Unknown tag SID '{tagSids[i]}' for this channel.");
                }
            }

            series.Enabled = enabled ?? series.Enabled;
            series.TagSids = resolved is null ? series.TagSids : TagSidList.Distinct(resolved);
            series.UpdatedAt = Now();
            return series;
        }
    }

    public EssentialWorkflow AddWorkflow(EssentialAccount account, EssentialWorkflowDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            throw EssentialRequestException.BadRequest("A workflow needs a name.");
        }

        if (definition.MaxSubscriberExecutions is < 1)
        {
            throw EssentialRequestException.BadRequest("'max_subscriber_executions' must be 1 or more (or absent for no limit).");
        }

        lock (account.Gate)
        {
            var sid = definition.Sid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(definition.Sid);
            if (account.WorkflowsBySid.ContainsKey(sid))
            {
                throw new EssentialRequestException(409, $"Workflow '{sid}' already exists.");
            }

            var requiredTags = new string[definition.StartConditions.RequiredTagSids.Count];
            for (var i = 0; i < requiredTags.Length; i++)
            {
                var tagSid = definition.StartConditions.RequiredTagSids[i];
                requiredTags[i] = account.FindTag(tagSid)?.Sid
                    ?? throw EssentialRequestException.BadRequest($"Unknown tag SID '{tagSid}' in the start conditions.");
            }

            var workflow = new EssentialWorkflow
            {
                Sid = sid,
                Name = definition.Name,
                Enabled = definition.Enabled,
                MaxSubscriberExecutions = definition.MaxSubscriberExecutions,
                RequiredTagSids = requiredTags,
                RequiredProperties = new Dictionary<string, string>(definition.StartConditions.RequiredProperties, StringComparer.Ordinal),
                CreatedAt = Now(),
            };
            account.WorkflowsBySid.Add(sid, workflow);
            return workflow;
        }
    }

    public void SeedCarrier(EssentialAccount account, string phoneNumber, EssentialCarrierKind kind, string? carrier)
    {
        var phone = UsPhoneNumber.Parse("phone_number", phoneNumber);
        lock (account.Gate)
        {
            account.SeededCarriers[phone] = new SeededCarrier(kind, carrier);
        }
    }

    public void FailNextSend(EssentialAccount account)
    {
        lock (account.Gate)
        {
            account.FailNextSend = true;
        }
    }

    private static EssentialWelcomeSeries FindSeries(EssentialChannel channel, string seriesSid)
    {
        var sid = SidGenerator.StripPrefix(seriesSid);
        foreach (var series in channel.WelcomeSeries)
        {
            if (series.Sid == sid)
            {
                return series;
            }
        }

        throw EssentialRequestException.NotFound("Welcome series not found.");
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
