using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Api;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Control;

/// <summary>How the controls describe a company (not an Attentive API shape); the caller holds the company's lock. Token values appear only in the 201s that create them.</summary>
internal static class AttentiveCompanyDescription
{
    public static void WriteSummary(Utf8JsonWriter writer, AttentiveCompany company)
    {
        writer.WriteStartObject();
        writer.WriteString("companyId", company.Id);
        writer.WriteString("companyName", company.Name);
        writer.WriteNumber("tokens", company.Grants.Count);
        writer.WriteNumber("phones", company.Phones.Count);
        writer.WriteNumber("emails", company.Emails.Count);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, AttentiveCompany company)
    {
        writer.WriteStartObject();
        AttentiveJson.WriteCompany(writer, company);
        writer.WriteString("sendFailure", company.SendFailure.ToString().ToLowerInvariant());
        WriteTokens(writer, company, includeSecret: false);
        WriteSignUpUnits(writer, company);
        writer.WriteNumber("phones", company.Phones.Count);
        writer.WriteNumber("emails", company.Emails.Count);
        writer.WriteNumber("users", company.Users.Count);
        writer.WriteNumber("customAttributes", company.CustomAttributes.Count);
        writer.WriteNumber("customEvents", company.CustomEvents.Count);
        writer.WriteNumber("bulkJobs", company.BulkJobs.Count);
        writer.WriteEndObject();
    }

    /// <summary>201 of POST /tenants: the id, the tokens with their values (the only time they are shown), the sign-up units.</summary>
    public static void WriteCreated(Utf8JsonWriter writer, AttentiveCompany company)
    {
        writer.WriteStartObject();
        writer.WriteString("companyId", company.Id);
        WriteTokens(writer, company, includeSecret: true);
        WriteSignUpUnits(writer, company);
        writer.WriteEndObject();
    }

    /// <summary>A token's id and scopes, and with <paramref name="includeSecret"/> its value (the 201s and the state file).</summary>
    public static void WriteToken(Utf8JsonWriter writer, TokenGrant grant, bool includeSecret)
    {
        writer.WriteStartObject();
        writer.WriteString("tokenId", grant.TokenId);
        if (includeSecret)
        {
            writer.WriteString("token", grant.Token);
        }

        writer.WriteStartArray("scopes");
        foreach (var scope in grant.Scopes.Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(scope);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A sign-up unit in the shape POST /tenants/{tenant_id}/sign-up-units takes (<see cref="ControlRequests.SignUpUnit"/>).</summary>
    public static void WriteSignUpUnit(Utf8JsonWriter writer, AttentiveSignUpUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("id", unit.Id);
        writer.WriteString("type", WireNames.Of(unit.Type));
        writer.WriteString("language", unit.Language);
        writer.WriteString("country", unit.Country);
        writer.WriteBoolean("api", unit.IsApi);
        writer.WriteEndObject();
    }

    /// <summary>A contact's subscriptions with their stored state (the API shows only eligibility).</summary>
    public static void WriteSubscriptions(Utf8JsonWriter writer, IReadOnlyList<AttentiveSubscriptionView> views)
    {
        writer.WriteStartArray("subscriptions");
        foreach (var view in views)
        {
            writer.WriteStartObject();
            writer.WriteString("type", WireNames.Of(view.Type));
            writer.WriteString("channel", WireNames.Of(view.Channel));
            writer.WriteString("state", WireNames.Of(view.State));
            writer.WriteBoolean("isEligible", EligibilityRules.IsEligible(view.State));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteTokens(Utf8JsonWriter writer, AttentiveCompany company, bool includeSecret)
    {
        writer.WriteStartArray("tokens");
        foreach (var grant in company.Grants)
        {
            WriteToken(writer, grant, includeSecret);
        }

        writer.WriteEndArray();
    }

    public static void WriteSignUpUnits(Utf8JsonWriter writer, AttentiveCompany company)
    {
        writer.WriteStartArray("signUpUnits");
        foreach (var unit in company.SignUpUnits.Values)
        {
            WriteSignUpUnit(writer, unit);
        }

        writer.WriteEndArray();
    }
}
