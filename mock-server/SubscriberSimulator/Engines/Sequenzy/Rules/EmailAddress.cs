using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>Email identity: trimmed and lowercased; a plausibility check, not RFC 5322.</summary>
internal static class EmailAddress
{
    public static string? TryNormalize(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var email = raw.Trim().ToLowerInvariant();
        return IsPlausible(email) ? email : null;
    }

    /// <summary>The normalised email, or a 400 naming the field (never echoing the value).</summary>
    public static string Normalize(string raw, string field) =>
        TryNormalize(raw) ?? throw RequestRefusedException.BadRequest($"{field} is not a valid email address");

    private static bool IsPlausible(string email)
    {
        if (email.Length is < 3 or > 254)
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        var domain = email.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1 || domain[0] == '.' || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in email)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '(' or ')' or '[' or ']' or '\\' or '"')
            {
                return false;
            }
        }

        return true;
    }
}
