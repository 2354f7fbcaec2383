using System.Globalization;
using System.Text;

namespace SubscriberSdk.Generator.Naming;

/// <summary>Turns wire names into C# identifiers the way Kiota does, in one place.</summary>
internal static class NameRules
{
    /// <summary>"subscriber_id", "dry-run", "TEXT" -> "SubscriberId", "DryRun", "TEXT" (words already capitalised are kept).</summary>
    public static string ToPascalCase(string value)
    {
        var builder = new StringBuilder(value.Length);
        var upperNext = true;
        foreach (var character in value)
        {
            if (!char.IsAsciiLetterOrDigit(character))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(character) : character);
            upperNext = false;
        }

        var result = builder.ToString();
        if (result.Length == 0)
        {
            return "Empty";
        }

        return char.IsAsciiDigit(result[0]) ? "Value" + result : result;
    }

    /// <summary>Enum member names: all-caps wire values ("TEXT", "OPT_IN") become "Text", "OptIn".</summary>
    public static string ToEnumMemberName(string value)
    {
        var words = System.Text.RegularExpressions.Regex.Split(value, "[^A-Za-z0-9]+");
        var builder = new StringBuilder();
        foreach (var word in words.Where(w => w.Length > 0))
        {
            var normalized = word.All(c => !char.IsAsciiLetterLower(c)) ? word.ToLowerInvariant() : word;
            builder.Append(char.ToUpperInvariant(normalized[0])).Append(normalized.AsSpan(1));
        }

        var result = builder.ToString();
        if (result.Length == 0)
        {
            return "Empty";
        }

        return char.IsAsciiDigit(result[0]) ? "Value" + result : result;
    }

    public static string ToCamelCase(string value)
    {
        var pascal = ToPascalCase(value);
        return char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    /// <summary>RFC 6570 variable names allow only ALPHA, DIGIT, "_" and pct-encoded; Kiota percent-encodes the rest.</summary>
    public static string ToTemplateName(string wireName)
    {
        var builder = new StringBuilder();
        foreach (var character in wireName)
        {
            if (char.IsAsciiLetterOrDigit(character) || character == '_')
            {
                builder.Append(character);
            }
            else
            {
                foreach (var b in Encoding.UTF8.GetBytes(character.ToString()))
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Returns <paramref name="candidate"/>, or it with a number appended, so it is not in <paramref name="taken"/>.</summary>
    public static string MakeUnique(string candidate, ISet<string> taken)
    {
        var result = candidate;
        for (var index = 2; taken.Contains(result); index++)
        {
            result = candidate + index.ToString(CultureInfo.InvariantCulture);
        }

        taken.Add(result);
        return result;
    }
}
