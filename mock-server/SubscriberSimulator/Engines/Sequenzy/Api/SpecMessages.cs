using System.Text;
using SubscriberSimulator.Core.Validation;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>Turns spec violations into Sequenzy-style messages ("firstName must be at most 255 characters long").</summary>
internal static class SpecMessages
{
    private const int MaxListed = 3;

    public static string Describe(IReadOnlyList<SpecViolation> violations)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < violations.Count && i < MaxListed; i++)
        {
            if (i > 0)
            {
                builder.Append("; ");
            }

            var violation = violations[i];
            var message = violation.Message == "query parameter is required" ? "is required" : violation.Message;
            builder.Append(FieldName(violation.Pointer)).Append(' ').Append(message);
        }

        if (violations.Count > MaxListed)
        {
            builder.Append(" (and ").Append(violations.Count - MaxListed).Append(" more)");
        }

        return builder.ToString();
    }

    /// <summary>"/subscribers/3/createdAt" -> "subscribers[3].createdAt"; "?limit" -> "limit"; "" -> "body".</summary>
    public static string FieldName(string pointer)
    {
        if (pointer.Length == 0)
        {
            return "body";
        }

        if (pointer[0] == '?')
        {
            return pointer[1..];
        }

        var builder = new StringBuilder();
        foreach (var segment in pointer.TrimStart('/').Split('/'))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.Length > 0 && name.All(char.IsAsciiDigit))
            {
                builder.Append('[').Append(name).Append(']');
            }
            else
            {
                builder.Append(builder.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return builder.ToString();
    }
}
