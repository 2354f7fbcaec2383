using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// A new company (tenant) with its tokens and sign-up units, built whole before it joins the
/// store, so creating one cannot half-fail. A company without an id gets "company_N".
/// </summary>
internal static class CompanyRules
{
    public static AttentiveCompany Create(
        TenantStore<AttentiveCompany> store,
        CompanyIdSequence ids,
        AttentiveCompanyDefinition definition,
        IReadOnlyList<AttentiveSignUpUnit> units,
        IReadOnlyList<(string? Token, IReadOnlyList<string>? Scopes)> tokens)
    {
        var id = definition.CompanyId ?? ids.Next(store);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw RequestRefusedException.BadRequest("companyId must not be empty.");
        }

        if (store.Contains(id))
        {
            throw RequestRefusedException.Conflict($"A company with id '{id}' already exists.");
        }

        var company = new AttentiveCompany(id, definition);
        using (var work = store.BeginWork(company, CancellationToken.None))
        {
            SignUpUnitRules.AddAll(work, units);
            work.Commit();
        }

        foreach (var (token, scopes) in tokens)
        {
            TokenRules.Grant(company, token, scopes);
        }

        store.Add(company, [.. company.Grants.Select(grant => grant.Token)]);
        return company;
    }
}
