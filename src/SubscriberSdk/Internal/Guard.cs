using System.Net.Mail;

namespace SubscriberSdk.Internal;

/// <summary>Client-side checks of what cannot succeed; each throws before any request is sent.</summary>
internal static class Guard
{
    public const int MaxRecordsPerRequest = 1000;

    public static string Required(string? value, string paramName, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidSubscriberArgumentException($"{what} is required.", paramName);
        }

        return value.Trim();
    }

    /// <summary>A path relative to the provider's base address; an absolute URL would send the credential elsewhere.</summary>
    public static string RelativePath(string? path, string paramName)
    {
        var value = Required(path, paramName, $"{paramName} (a path relative to the provider's base address)");
        // "/v3/x" parses as an absolute file URI on Unix, so only a leading "/" (and not "//") marks a path.
        if (value.StartsWith("//", StringComparison.Ordinal) || (!value.StartsWith('/') && Uri.TryCreate(value, UriKind.Absolute, out _)))
        {
            throw new InvalidSubscriberArgumentException(
                $"{paramName} must be relative to the provider's base address (e.g. /v3/groups), not an absolute URL: the client's credential goes only to its provider.", paramName);
        }

        return value;
    }

    public static T NotNull<T>(T? value, string paramName)
        where T : class =>
        value ?? throw new InvalidSubscriberArgumentException($"{paramName} is required.", paramName);

    /// <summary>A trimmed, lower-cased email, or an exception that says it is malformed without repeating it.</summary>
    public static string? Email(string? value, string paramName)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (!LooksLikeEmail(trimmed))
        {
            throw new InvalidSubscriberArgumentException($"{paramName} is not a valid email address (expected name@domain.tld).", paramName);
        }

        return trimmed.ToLowerInvariant();
    }

    public static void AtMostOne(string message, string paramName, params bool[] present)
    {
        if (present.Count(p => p) > 1)
        {
            throw new InvalidSubscriberArgumentException(message, paramName);
        }
    }

    public static void AtLeastOne(string message, string paramName, params bool[] present)
    {
        if (!present.Any(p => p))
        {
            throw new InvalidSubscriberArgumentException(message, paramName);
        }
    }

    public static IReadOnlyList<T> Records<T>(IEnumerable<T>? records, string paramName, int max = MaxRecordsPerRequest)
    {
        if (records is null)
        {
            throw new InvalidSubscriberArgumentException($"{paramName} is required.", paramName);
        }

        var list = records.ToList();
        if (list.Count == 0)
        {
            throw new InvalidSubscriberArgumentException($"{paramName} must contain at least one record.", paramName);
        }

        if (list.Count > max)
        {
            throw new InvalidSubscriberArgumentException(
                $"{paramName} has {list.Count} records; one request takes at most {max}. Split the records or use the bulk importer.", paramName);
        }

        return list;
    }

    public static int PageSize(int? value, int max, string paramName)
    {
        if (value is { } size && (size < 1 || size > max))
        {
            throw new InvalidSubscriberArgumentException($"{paramName} must be between 1 and {max}.", paramName);
        }

        return value ?? max;
    }

    private static bool LooksLikeEmail(string value)
    {
        if (value.Length is 0 or > 254 || value.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1 || !value[(at + 1)..].Contains('.', StringComparison.Ordinal) || value.EndsWith('.'))
        {
            return false;
        }

        return MailAddress.TryCreate(value, out var parsed) && parsed.Address == value;
    }
}
