using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// Page parameters. Pages are 1-based (project decision: the provider's examples show both 0 and
/// 1); the default page size is 25 as in the provider's examples, the largest 1000.
/// </summary>
internal readonly record struct MtaPaging(int Page, int PageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 1_000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>True for the item at <paramref name="index"/> (0-based, in listing order) on this page.</summary>
    public bool Includes(int index) => index >= Skip && index < Skip + PageSize;

    public static MtaPaging From(IRequestValues query) =>
        new(Read(query, "page", 1, 1, int.MaxValue / MaxPageSize), Read(query, "pageSize", DefaultPageSize, 1, MaxPageSize));

    public void WriteFooter(Utf8JsonWriter writer, int total)
    {
        writer.WriteNumber("page", Page);
        writer.WriteNumber("pageSize", PageSize);
        writer.WriteNumber("total", total);
    }

    private static int Read(IRequestValues query, string name, int fallback, int min, int max)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return fallback;
        }

        if (values.Count != 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw RequestRefusedException.BadRequest($"{name} must be a whole number from {min} to {max}{(name == "page" ? " (pages start at 1)" : string.Empty)}.");
        }

        return value;
    }
}
