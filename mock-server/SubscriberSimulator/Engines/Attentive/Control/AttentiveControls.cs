using System.Text.Json;
using SubscriberSimulator.Core.Control;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Api;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Control;

/// <summary>
/// Attentive's part of /__sim/attentive: companies with tokens and sign-up units (POST /tenants),
/// more of either later, custom attribute names as Attentive's UI defines them, inspection of one
/// contact and of one user, and what the subscriber does on their phone (the "Y" and STOP replies). Bodies are camelCase like Attentive's API.
/// </summary>
internal sealed class AttentiveControls(CompanyIdSequence companyIds) : IEngineControls<AttentiveCompany>
{
    private const string Company = ControlRoutes<AttentiveCompany>.TenantPath;

    public void Map(ControlRoutes<AttentiveCompany> routes) => routes
        .Post(Company + "/tokens", AddToken)
        .Post(Company + "/sign-up-units", AddSignUpUnit)
        .Get(Company + "/subscriptions", InspectContact)
        .Post(Company + "/reply-y", ReplyY)
        .Post(Company + "/stop-reply", StopReply)
        .Post(Company + "/custom-attributes", DefineCustomAttribute)
        .Get(Company + "/custom-attributes", ListCustomAttributes)
        .Get(Company + "/users", InspectUser);

    /// <summary>All or nothing: the company is stored only once its tokens and sign-up units are made.</summary>
    public ProviderResponse CreateTenant(ControlCall<AttentiveCompany> call)
    {
        var (definition, units, tokens) = ControlRequests.Company(call.Body);
        var company = CompanyRules.Create(call.Tenants, companyIds, definition, units, tokens);
        lock (company.Gate)
        {
            return JsonResponse.Create(201, company, AttentiveCompanyDescription.WriteCreated);
        }
    }

    public void WriteSummary(Utf8JsonWriter writer, AttentiveCompany tenant) => AttentiveCompanyDescription.WriteSummary(writer, tenant);

    public void WriteDescription(Utf8JsonWriter writer, AttentiveCompany tenant) => AttentiveCompanyDescription.Write(writer, tenant);

    /// <summary>Body <c>{"token", "scopes"}</c>, both optional; 201 with the token's value.</summary>
    private static ProviderResponse AddToken(ControlCall<AttentiveCompany> call)
    {
        var (token, scopes) = call.Body is { } body ? ControlRequests.Token(body, "body") : (null, null);
        var grant = TokenRules.Add(call.Tenants, call.Tenant, token, scopes);
        return JsonResponse.Create(201, grant, static (writer, grant) => AttentiveCompanyDescription.WriteToken(writer, grant, includeSecret: true));
    }

    private static ProviderResponse AddSignUpUnit(ControlCall<AttentiveCompany> call)
    {
        var unit = ControlRequests.SignUpUnit(JsonFields.RequireObject(call.Body), "body");
        using var work = call.BeginWork();
        SignUpUnitRules.AddAll(work, [unit]);
        work.Commit();
        return JsonResponse.Create(201, unit, AttentiveCompanyDescription.WriteSignUpUnit);
    }

    /// <summary><c>?phone=</c> or <c>?email=</c>: the contact's subscriptions with their state, and its external identifiers.</summary>
    private static ProviderResponse InspectContact(ControlCall<AttentiveCompany> call)
    {
        var (channel, key) = AttentiveQuery.Contact(call.Query);
        var company = call.Tenant;
        lock (company.Gate)
        {
            var views = EligibilityRules.Find(company, channel, key) ?? [];
            var external = company.Contacts(channel).GetValueOrDefault(key)?.ExternalIdentifiers;
            return JsonResponse.Create(200, (views, external), static (writer, state) =>
            {
                writer.WriteStartObject();
                AttentiveCompanyDescription.WriteSubscriptions(writer, state.views);
                if (state.external is not null)
                {
                    AttentiveJson.WriteExternalIdentifiers(writer, state.external);
                }

                writer.WriteEndObject();
            });
        }
    }

    /// <summary>Body <c>{"name", "values": [...]}</c>: a name as Attentive's UI creates it, taking only those values (no values: any, like "Custom input").</summary>
    private static ProviderResponse DefineCustomAttribute(ControlCall<AttentiveCompany> call)
    {
        var (name, values) = ControlRequests.CustomAttribute(call.Body);
        using var work = call.BeginWork();
        var definition = CustomAttributeRules.Define(work, name, values);
        work.Commit();
        return JsonResponse.Create(201, definition, AttentiveUserDescription.WriteCustomAttribute);
    }

    /// <summary>The company's custom attribute names with their types and enumerated values.</summary>
    private static ProviderResponse ListCustomAttributes(ControlCall<AttentiveCompany> call)
    {
        var company = call.Tenant;
        lock (company.Gate)
        {
            return JsonResponse.Create(200, company, static (writer, company) =>
            {
                writer.WriteStartArray();
                foreach (var definition in company.CustomAttributes.Values)
                {
                    AttentiveUserDescription.WriteCustomAttribute(writer, definition);
                }

                writer.WriteEndArray();
            });
        }
    }

    /// <summary><c>?phone=</c>, <c>?email=</c> or <c>?clientUserId=</c>: the user, its identifiers, attributes and custom events; 404 when none.</summary>
    private static ProviderResponse InspectUser(ControlCall<AttentiveCompany> call)
    {
        var identifier = AttentiveQuery.User(call.Query);
        var company = call.Tenant;
        lock (company.Gate)
        {
            var user = company.Users.Find(identifier) ?? throw RequestRefusedException.NotFound("No user has this identifier.");
            return JsonResponse.Create(200, (user, company), static (writer, state) =>
                AttentiveUserDescription.WriteUser(writer, state.user, state.company.CustomEvents.Of(state.user.Id)));
        }
    }

    private static ProviderResponse ReplyY(ControlCall<AttentiveCompany> call) => Reply(call, ConsentRules.ReplyY);

    private static ProviderResponse StopReply(ControlCall<AttentiveCompany> call) => Reply(call, ConsentRules.StopReply);

    /// <summary>Body <c>{"phone"}</c>; answers the number's TEXT subscriptions after the reply.</summary>
    private static ProviderResponse Reply(ControlCall<AttentiveCompany> call, Action<UnitOfWork<AttentiveCompany>, string> reply)
    {
        var phone = ControlRequests.Phone(call.Body);
        using var work = call.BeginWork();
        reply(work, phone);
        work.Commit();

        // Still under the company's lock: the answer shows exactly what this reply left.
        var key = ContactIdentifiers.RequireKey(AttentiveChannel.Text, phone, "phone");
        var views = EligibilityRules.Find(call.Tenant, AttentiveChannel.Text, key) ?? [];
        return JsonResponse.Create(200, views, static (writer, views) =>
        {
            writer.WriteStartObject();
            AttentiveCompanyDescription.WriteSubscriptions(writer, views);
            writer.WriteEndObject();
        });
    }
}
