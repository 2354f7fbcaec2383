using System.Text.Json;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>The body of the upsert endpoint, checked for shape (rules that need the store come later).</summary>
internal sealed class UpsertCommand
{
    public required string PhoneNumber { get; init; }

    public string? EmailAddress { get; init; }

    public string? ExternalUserId { get; init; }

    public PropertyBag? Properties { get; init; }

    public string[]? TagSids { get; init; }

    public bool Reset { get; init; }

    public string? WelcomeMessageBody { get; init; }

    public bool SendWelcomeSeries { get; init; }

    public string? WorkflowSidToStart { get; init; }

    public string? WorkflowKwargsJson { get; init; }

    public SubscriberStatus? Status { get; init; }

    public static UpsertCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body);
        string? phone = null, email = null, externalId = null, welcomeBody = null, workflowSid = null, kwargs = null;
        PropertyBag? properties = null;
        string[]? tags = null;
        bool reset = false, sendSeries = false;
        SubscriberStatus? status = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "phone_number": phone = JsonFields.OptionalString(property); break;
                case "email_address": email = JsonFields.OptionalString(property); break;
                case "external_user_id": externalId = JsonFields.OptionalString(property); break;
                case "properties":
                    var props = JsonFields.OptionalObject(property);
                    properties = props is null ? null : PropertyBag.FromJson(property.Name, props.Value);
                    break;
                case "tag_sids": tags = JsonFields.OptionalStringArray(property); break;
                case "reset": reset = JsonFields.OptionalBoolean(property) ?? false; break;
                case "welcome_message_body": welcomeBody = JsonFields.OptionalString(property); break;
                case "send_welcome_series": sendSeries = JsonFields.OptionalBoolean(property) ?? false; break;
                case "workflow_sid_to_start": workflowSid = JsonFields.OptionalString(property); break;
                case "workflow_kwargs": kwargs = JsonFields.OptionalObject(property)?.GetRawText(); break;
                case "status":
                    var text = JsonFields.OptionalString(property);
                    status = text is null ? null : SubscriberStatusText.Parse(property.Name, text);
                    break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new UpsertCommand
        {
            PhoneNumber = JsonFields.Required(phone, "phone_number"),
            // The docs' own sample sends "email_address": "" as a placeholder, so empty means "not given".
            EmailAddress = string.IsNullOrEmpty(email) ? null : email,
            ExternalUserId = externalId,
            Properties = properties,
            TagSids = tags,
            Reset = reset,
            WelcomeMessageBody = welcomeBody,
            SendWelcomeSeries = sendSeries,
            WorkflowSidToStart = workflowSid,
            WorkflowKwargsJson = kwargs,
            Status = status,
        };
    }
}
