using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// The plausibility check a provider applies before accepting an address: one '@', a non-empty
/// local part, a dotted domain, no whitespace, at most 254 characters. Stored trimmed and
/// lower-cased, because providers compare addresses case-insensitively.
/// </summary>
internal static class EmailAddressRule
{
    private const int MaxLength = 254;

    public static string Normalize(string field, string value)
    {
        var trimmed = value.Trim();
        if (!IsPlausible(trimmed))
        {
            throw RequestRefusedException.BadRequest($"'{field}' is not a valid email address.");
        }

        return trimmed.ToLowerInvariant();
    }

    public static bool IsPlausible(string value)
    {
        if (value.Length is 0 or > MaxLength)
        {
            return false;
        }

        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '(' or ')' or '"')
            {
                return false;
            }
        }

        var domain = value.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..", StringComparison.Ordinal)
            && domain[0] != '.' && domain[0] != '-';
    }
}
