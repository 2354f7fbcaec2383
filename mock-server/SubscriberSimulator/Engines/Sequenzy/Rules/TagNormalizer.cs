using System.Text;

using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Tag names as Sequenzy stores them: trimmed, lowercased, runs of whitespace and underscores
/// become one hyphen, and punctuation other than '-' and '.' is dropped ("Pro Customer" ->
/// "pro-customer", "VIP_User" -> "vip-user", "Newsletter!" -> "newsletter"). Dots stay because
/// Sequenzy's own example stores "saas.monthly".
/// </summary>
internal static class TagNormalizer
{
    /// <summary>The most tags one request may carry (README, "Limits").</summary>
    public const int MaxTags = 1000;

    /// <summary>The normalised name, or null when nothing is left of it.</summary>
    public static string? Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.AsSpan().Trim();
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '_')
            {
                pendingHyphen = true;
                continue;
            }

            if (!char.IsLetterOrDigit(c) && c != '-' && c != '.')
            {
                continue;
            }

            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }

            pendingHyphen = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>Normalises and de-duplicates, keeping first-seen order; a name that normalises to nothing is a 400.</summary>
    public static string[] NormalizeAll(IReadOnlyList<string> raw, string field)
    {
        // Counted before any work: 160k tags once took 40 s with a linear search per tag.
        if (raw.Count > MaxTags)
        {
            throw RequestRefusedException.BadRequest($"{field} must contain at most {MaxTags} tags");
        }

        var result = new List<string>(raw.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in raw)
        {
            var normalized = Normalize(tag) ?? throw RequestRefusedException.BadRequest($"{field} contains a tag with no letters or digits");
            if (seen.Add(normalized))
            {
                result.Add(normalized);
            }
        }

        return result.ToArray();
    }
}
