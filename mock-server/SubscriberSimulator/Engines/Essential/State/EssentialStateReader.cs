using System.Text.Json;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.State;

/// <summary>Reads one account back from the state file; throws on anything missing or inconsistent.</summary>
internal static class EssentialStateReader
{
    public static EssentialAccount ReadAccount(string accountSid, JsonElement element)
    {
        var account = new EssentialAccount(accountSid, Str(element, "token"), Time(element, "created_at"));
        foreach (var channelElement in element.GetProperty("channels").EnumerateArray())
        {
            var channel = ReadChannel(channelElement);
            account.ChannelsBySid.Add(channel.Sid, channel);
        }

        foreach (var workflow in element.GetProperty("workflows").EnumerateArray())
        {
            var created = ReadWorkflow(workflow);
            account.WorkflowsBySid.Add(created.Sid, created);
        }

        foreach (var seed in element.GetProperty("seeded_carriers").EnumerateArray())
        {
            account.SeededCarriers[ParsePhone(Str(seed, "phone_number"))] = new SeededCarrier(
                Enum.Parse<EssentialCarrierKind>(Str(seed, "kind")), NullableStr(seed, "carrier"));
        }

        foreach (var subscriber in element.GetProperty("subscribers").EnumerateArray())
        {
            account.CommitSubscriber(null, ReadSubscriber(account, subscriber));
        }

        foreach (var execution in element.GetProperty("executions").EnumerateArray())
        {
            WorkflowRules.Record(account, new WorkflowExecution(
                Str(execution, "sid"),
                Str(execution, "workflow_sid"),
                Str(execution, "subscriber_sid"),
                Str(execution, "channel_sid"),
                execution.GetProperty("kwargs").GetRawText(),
                Str(execution, "started_by"),
                Time(execution, "started_at")));
        }

        EssentialCatalogStateReader.ReadCatalog(account, element);
        return account;
    }

    private static EssentialWorkflow ReadWorkflow(JsonElement workflow)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in workflow.GetProperty("required_properties").EnumerateObject())
        {
            properties[property.Name] = property.Value.GetString()!;
        }

        var max = workflow.GetProperty("max_subscriber_executions");
        return new EssentialWorkflow
        {
            Sid = Str(workflow, "sid"),
            Name = Str(workflow, "name"),
            Enabled = workflow.GetProperty("enabled").GetBoolean(),
            MaxSubscriberExecutions = max.ValueKind == JsonValueKind.Null ? null : max.GetInt32(),
            RequiredTagSids = Strings(workflow, "required_tag_sids"),
            RequiredProperties = properties,
            CreatedAt = Time(workflow, "created_at"),
        };
    }

    private static EssentialChannel ReadChannel(JsonElement element)
    {
        var channel = new EssentialChannel
        {
            Sid = Str(element, "sid"),
            Name = Str(element, "name"),
            TransportSid = Str(element, "transport_sid"),
            WelcomeMessage = NullableStr(element, "welcome_message"),
            CreatedAt = Time(element, "created_at"),
        };
        foreach (var tag in element.GetProperty("tags").EnumerateArray())
        {
            var sid = Str(tag, "sid");
            channel.TagsBySid.Add(sid, new EssentialTag
            {
                Sid = sid,
                ChannelSid = channel.Sid,
                Name = Str(tag, "name"),
                CreatedAt = Time(tag, "created_at"),
                DeletedAt = NullableTime(tag, "deleted_at"),
            });
        }

        foreach (var seriesElement in element.GetProperty("welcome_series").EnumerateArray())
        {
            channel.WelcomeSeries.Add(ReadWelcomeSeries(channel, seriesElement));
        }

        channel.WelcomeSeries.Sort((a, b) => a.Position.CompareTo(b.Position));
        return channel;
    }

    private static EssentialWelcomeSeries ReadWelcomeSeries(EssentialChannel channel, JsonElement element)
    {
        var series = new EssentialWelcomeSeries
        {
            Sid = Str(element, "sid"),
            ChannelSid = channel.Sid,
            Name = Str(element, "name"),
            Position = element.GetProperty("position").GetInt32(),
            Enabled = element.GetProperty("enabled").GetBoolean(),
            TagSids = CanonicalTags(channel, Strings(element, "tag_sids")),
            CreatedAt = Time(element, "created_at"),
            UpdatedAt = Time(element, "updated_at"),
        };
        foreach (var item in element.GetProperty("items").EnumerateArray())
        {
            series.Items.Add(new EssentialWelcomeSeriesItem
            {
                Sid = Str(item, "sid"),
                Name = Str(item, "name"),
                SequenceId = item.GetProperty("sequence_id").GetInt32(),
                Body = NullableStr(item, "body"),
                MediaUrls = Strings(item, "media_urls"),
                CreatedAt = Time(item, "created_at"),
            });
        }

        return series;
    }

    private static EssentialSubscriber ReadSubscriber(EssentialAccount account, JsonElement element)
    {
        var channel = account.ChannelsBySid.TryGetValue(Str(element, "channel_sid"), out var found)
            ? found
            : throw new InvalidOperationException("A subscriber refers to a channel that is not in the state.");
        return new EssentialSubscriber
        {
            Sid = Str(element, "sid"),
            ChannelSid = channel.Sid,
            TransportSid = Str(element, "transport_sid"),
            PhoneNumber = ParsePhone(Str(element, "phone_number")),
            Status = SubscriberStatusText.Parse("status", Str(element, "status")),
            EmailAddress = NullableStr(element, "email_address"),
            ExternalUserId = NullableStr(element, "external_user_id"),
            Properties = PropertyBag.FromJson("properties", element.GetProperty("properties")),
            TagSids = CanonicalTags(channel, Strings(element, "tag_sids")),
            Carrier = Str(element, "carrier"),
            CarrierUpdatedAt = Time(element, "carrier_updated_at"),
            CreatedAt = Time(element, "created_at"),
            UpdatedAt = Time(element, "updated_at"),
            SubscribedAt = NullableTime(element, "subscribed_at"),
            UnsubscribedAt = NullableTime(element, "unsubscribed_at"),
            AddedToInboxAt = NullableTime(element, "added_to_inbox_at"),
        };
    }

    // Subscribers share the tag objects' SID strings, as they do when written through the API.
    private static string[] CanonicalTags(EssentialChannel channel, string[] sids)
    {
        for (var i = 0; i < sids.Length; i++)
        {
            sids[i] = channel.TagsBySid.TryGetValue(sids[i], out var tag)
                ? tag.Sid
                : throw new InvalidOperationException("A tag SID in the state is not a tag of its channel.");
        }

        return sids;
    }

    public static long ParsePhone(string text) =>
        UsPhoneNumber.TryParse(text, out var phone) ? phone : throw new FormatException("A phone number in the state is not a 10-digit US number.");

    public static string Str(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidOperationException($"'{name}' must not be null.");

    public static string? NullableStr(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static DateTime Time(JsonElement element, string name) => element.GetProperty(name).GetDateTime().ToUniversalTime();

    public static DateTime? NullableTime(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTime().ToUniversalTime() : null;

    public static string[] Strings(JsonElement element, string name)
    {
        var array = element.GetProperty(name);
        var result = new string[array.GetArrayLength()];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[index++] = item.GetString() ?? throw new InvalidOperationException($"'{name}' holds a null.");
        }

        return result;
    }
}
