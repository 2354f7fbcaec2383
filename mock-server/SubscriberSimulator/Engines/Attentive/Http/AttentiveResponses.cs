using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Domain;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Http;

/// <summary>The response DTOs of openapi/attentive.json, written straight to UTF-8.</summary>
internal static class AttentiveResponses
{
    public static void WriteSubscribe(Utf8JsonWriter writer, (SubscribeCommand Command, List<SubscriptionResult> Results) state)
    {
        writer.WriteStartObject();
        WriteUser(writer, state.Command.Phone, state.Command.Email);
        if (state.Command.ExternalIdentifiers is { } external)
        {
            WriteExternalIdentifiers(writer, external);
        }

        WriteResults(writer, state.Results, "subscriptionCreationStatus");
        writer.WriteEndObject();
    }

    public static void WriteUnsubscribe(Utf8JsonWriter writer, (UnsubscribeCommand Command, List<SubscriptionResult> Results) state)
    {
        writer.WriteStartObject();
        WriteUser(writer, state.Command.Phone, state.Command.Email);
        WriteResults(writer, state.Results, "subscriptionUnsubscribeStatus");
        writer.WriteEndObject();
    }

    public static void WriteEligibilities(Utf8JsonWriter writer, List<AttentiveSubscriptionView> views)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("subscriptionEligibilities");
        foreach (var view in views)
        {
            writer.WriteStartObject();
            WriteSubscription(writer, view.Type, view.Channel);
            writer.WriteStartObject("eligibility");
            writer.WriteBoolean("isEligible", EligibilityRules.IsEligible(view.State));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteMe(Utf8JsonWriter writer, AttentiveCompany company)
    {
        writer.WriteStartObject();
        writer.WriteString("applicationName", company.ApplicationName);
        writer.WriteString("attentiveDomainName", company.DomainName);
        writer.WriteString("companyName", company.Name);
        writer.WriteString("contactEmail", company.ContactEmail);
        writer.WriteString("companyId", company.Id);
        writer.WriteEndObject();
    }

    public static void WriteExternalIdentifiers(Utf8JsonWriter writer, AttentiveExternalIdentifiers external)
    {
        writer.WriteStartObject("externalIdentifiers");
        WriteIfPresent(writer, "clientUserId", external.ClientUserId);
        WriteIfPresent(writer, "shopifyId", external.ShopifyId);
        WriteIfPresent(writer, "klaviyoId", external.KlaviyoId);
        if (external.CustomIdentifiers.Count > 0)
        {
            writer.WriteStartArray("customIdentifiers");
            foreach (var custom in external.CustomIdentifiers)
            {
                writer.WriteStartObject();
                writer.WriteString("name", custom.Name);
                writer.WriteString("value", custom.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static void WriteSubscription(Utf8JsonWriter writer, AttentiveSubscriptionType type, AttentiveChannel channel)
    {
        writer.WriteStartObject("subscription");
        writer.WriteString("type", WireNames.Of(type));
        writer.WriteString("channel", WireNames.Of(channel));
        writer.WriteEndObject();
    }

    private static void WriteUser(Utf8JsonWriter writer, string? phone, string? email)
    {
        writer.WriteStartObject("user");
        WriteIfPresent(writer, "phone", phone);
        WriteIfPresent(writer, "email", email);
        writer.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter writer, List<SubscriptionResult> results, string statusName)
    {
        writer.WriteStartArray("subscriptionResponses");
        foreach (var result in results)
        {
            writer.WriteStartObject();
            WriteSubscription(writer, result.Type, result.Channel);
            writer.WriteString(statusName, result.Status);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
