using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>The response DTOs of openapi/attentive.json, written straight to UTF-8 in the spec's key order.</summary>
internal static class AttentiveJson
{
    /// <summary>202 AddSubscriptionsResponseDto: the user and external identifiers as sent, one entry per channel.</summary>
    public static ProviderResponse SubscribeResponse(SubscribeCommand command, List<SubscriptionResult> results) =>
        JsonResponse.Create(202, (command, results), static (writer, state) =>
        {
            writer.WriteStartObject();
            WriteUser(writer, state.command.User);
            if (state.command.ExternalIdentifiers is { } external)
            {
                WriteExternalIdentifiers(writer, external);
            }

            WriteResults(writer, state.results, "subscriptionCreationStatus");
            writer.WriteEndObject();
        });

    /// <summary>202 UnsubscribeSubscriptionsResponseDto.</summary>
    public static ProviderResponse UnsubscribeResponse(UnsubscribeCommand command, List<SubscriptionResult> results) =>
        JsonResponse.Create(202, (command, results), static (writer, state) =>
        {
            writer.WriteStartObject();
            WriteUser(writer, state.command.User);
            WriteResults(writer, state.results, "subscriptionUnsubscribeStatus");
            writer.WriteEndObject();
        });

    /// <summary>200 GetSubscriptionsResponseDto.</summary>
    public static ProviderResponse EligibilityResponse(List<AttentiveSubscriptionView> views) =>
        JsonResponse.Create(200, views, static (writer, views) =>
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
        });

    /// <summary>200 GetMeResponseDto.</summary>
    public static ProviderResponse MeResponse(AttentiveCompany company) =>
        JsonResponse.Create(200, company, static (writer, company) =>
        {
            writer.WriteStartObject();
            WriteCompany(writer, company);
            writer.WriteEndObject();
        });

    /// <summary>202 Success of POST /v2/user/attributes.</summary>
    public static ProviderResponse UserAttributesAccepted() =>
        JsonResponse.Create(202, 0, static (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            writer.WriteString("message", "User attributes accepted");
            writer.WriteEndObject();
        });

    /// <summary>202 BulkSuccessResponse.</summary>
    public static ProviderResponse BulkJobSubmitted(AttentiveBulkJob job) =>
        JsonResponse.Create(202, job, static (writer, job) =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", "Bulk user attributes job successfully submitted");
            writer.WriteString("batchJobId", job.Id);
            writer.WriteEndObject();
        });

    /// <summary>
    /// 200 BulkJobStatusResponse. The results link exists once the job completed; it points under
    /// the simulator's own origin and is not served (the spec's Decision).
    /// </summary>
    public static ProviderResponse BulkJobStatusResponse(AttentiveBulkJob job, string origin) =>
        JsonResponse.Create(200, (job, origin), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("bulkJobId", state.job.Id);
            writer.WriteString("status", WireNames.Of(state.job.Status));
            writer.WriteNumber("totalRecords", state.job.TotalRecords);
            if (state.job.Status == BulkJobStatus.Completed)
            {
                writer.WriteString("url", $"{state.origin}{AttentiveEngine.BasePath}/v2/bulk/job/{state.job.Id}/results.jsonl");
            }
            else
            {
                writer.WriteNull("url");
            }

            writer.WriteEndObject();
        });

    /// <summary>The properties of GetMeResponseDto, inside an object the caller opens (the controls and the state file extend it).</summary>
    public static void WriteCompany(Utf8JsonWriter writer, AttentiveCompany company)
    {
        writer.WriteString("applicationName", company.ApplicationName);
        writer.WriteString("attentiveDomainName", company.DomainName);
        writer.WriteString("companyName", company.Name);
        writer.WriteString("contactEmail", company.ContactEmail);
        writer.WriteString("companyId", company.Id);
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

    private static void WriteSubscription(Utf8JsonWriter writer, AttentiveSubscriptionType type, AttentiveChannel channel)
    {
        writer.WriteStartObject("subscription");
        writer.WriteString("type", WireNames.Of(type));
        writer.WriteString("channel", WireNames.Of(channel));
        writer.WriteEndObject();
    }

    private static void WriteUser(Utf8JsonWriter writer, RequestUser user)
    {
        writer.WriteStartObject("user");
        WriteIfPresent(writer, "phone", user.Phone);
        WriteIfPresent(writer, "email", user.Email);
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
