using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// <c>POST /v3/send</c>: the content (<c>message</c>, <c>image</c>, <c>isMMS</c>) and the recipient
/// fields, type-checked. Each <c>subscribers</c> entry becomes a <see cref="SubscriberRecord"/> with
/// only its number or email, so the rules read it exactly as a created subscriber's contact. The
/// provider's template, thread, scheduling and rehost fields are not modelled and are refused as
/// unknown fields. Whether the request makes sense (content, recipients, existing ids) is the
/// rules' business (<see cref="Rules.SendRules"/>).
/// </summary>
internal sealed record SendCommand
{
    /// <summary>The longest text an MMS takes; an SMS takes <see cref="SmsMaxCharacters"/>.</summary>
    public const int MmsMaxCharacters = 1_550;

    public const int SmsMaxCharacters = 160;

    public const int MaxRecipientsPerField = 1_000;

    private static readonly string[] Fields = ["message", "image", "isMMS", "subscriberIds", "subscribers", "groups", "allSubscribers"];

    public string? Message { get; init; }

    public string? Image { get; init; }

    public bool IsMms { get; init; }

    public long[] SubscriberIds { get; init; } = [];

    public SubscriberRecord[] Subscribers { get; init; } = [];

    public long[] Groups { get; init; } = [];

    public bool AllSubscribers { get; init; }

    public static SendCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body, Fields);
        return new SendCommand
        {
            Message = JsonFields.OptionalText(body, "message", MmsMaxCharacters),
            Image = JsonFields.OptionalText(body, "image"),
            IsMms = JsonFields.OptionalFlag(body, "isMMS"),
            SubscriberIds = JsonFields.OptionalIdList(body, "subscriberIds", MaxRecipientsPerField),
            Subscribers = body.TryGetProperty("subscribers", out var entries) ? Entries(entries) : [],
            Groups = JsonFields.OptionalIdList(body, "groups", MaxRecipientsPerField),
            AllSubscribers = JsonFields.OptionalFlag(body, "allSubscribers"),
        };
    }

    /// <summary>A phone number (string or JSON number) or an email (a string with '@') per entry.</summary>
    private static SubscriberRecord[] Entries(JsonElement entries)
    {
        if (entries.ValueKind != JsonValueKind.Array)
        {
            throw RequestRefusedException.BadRequest("subscribers must be an array of phone numbers and email addresses.");
        }

        var count = entries.GetArrayLength();
        if (count > MaxRecipientsPerField)
        {
            throw RequestRefusedException.BadRequest($"subscribers holds {count} items; at most {MaxRecipientsPerField} are allowed per request.");
        }

        var records = new SubscriberRecord[count];
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            switch (entry.ValueKind)
            {
                case JsonValueKind.Number when entry.TryGetInt64(out var number) && number > 0:
                    records[index].NumberValue = number;
                    break;
                case JsonValueKind.String:
                    var text = JsonFields.Text(entry, RecordLocation.Body, $"subscribers[{index}]");
                    if (text.Contains('@', StringComparison.Ordinal))
                    {
                        records[index].Email = text;
                    }
                    else
                    {
                        records[index].NumberText = text;
                    }

                    break;
                default:
                    throw RequestRefusedException.BadRequest($"subscribers[{index}] must be a phone number (a string or a positive whole number) or an email address.");
            }

            index++;
        }

        return records;
    }
}
