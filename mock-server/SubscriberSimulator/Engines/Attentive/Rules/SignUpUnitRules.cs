using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>Checks sign-up units before they join a company (the same locale patterns the spec uses).</summary>
internal static class SignUpUnitRules
{
    public static void Validate(AttentiveSignUpUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (string.IsNullOrWhiteSpace(unit.Id))
        {
            throw RequestRefusedException.BadRequest("A sign-up unit needs a non-empty id.");
        }

        if (unit.Language is not { Length: 2 } language || !char.IsAsciiLetterLower(language[0]) || !char.IsAsciiLetterLower(language[1]))
        {
            throw RequestRefusedException.BadRequest("A sign-up unit's language must be two lowercase letters (ISO 639-1), e.g. en.");
        }

        if (unit.Country is not { Length: 2 } country || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1]))
        {
            throw RequestRefusedException.BadRequest("A sign-up unit's country must be two uppercase letters (ISO 3166-1 alpha-2), e.g. US.");
        }

        if (!Enum.IsDefined(unit.Type))
        {
            throw RequestRefusedException.BadRequest("A sign-up unit's type must be MARKETING, TRANSACTIONAL or CHECKOUT_ABANDONED.");
        }
    }

    /// <summary>The API sign-up unit an opt-in names; an unknown or non-API unit is a 400 naming <paramref name="field"/>.</summary>
    public static AttentiveSignUpUnit RequireApiUnit(AttentiveCompany company, string sourceId, string field)
    {
        if (!company.SignUpUnits.TryGetValue(sourceId, out var unit))
        {
            throw RequestRefusedException.BadRequest($"{field} does not name a sign-up unit of this company.");
        }

        return unit.IsApi ? unit : throw RequestRefusedException.BadRequest($"{field} names a sign-up unit that is not an API sign-up unit.");
    }

    /// <summary>Adds the units to the company: every one is checked first, so it is all or none.</summary>
    public static void AddAll(UnitOfWork<AttentiveCompany> work, IReadOnlyList<AttentiveSignUpUnit> units)
    {
        var company = work.Tenant;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            Validate(unit);
            if (company.SignUpUnits.ContainsKey(unit.Id) || !seen.Add(unit.Id))
            {
                throw RequestRefusedException.Conflict($"The company already has a sign-up unit with id '{unit.Id}'.");
            }
        }

        work.OnCommit(() =>
        {
            foreach (var unit in units)
            {
                company.SignUpUnits.Add(unit.Id, unit);
            }
        });
    }
}
