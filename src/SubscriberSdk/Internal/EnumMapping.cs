using System.Collections.Concurrent;

namespace SubscriberSdk.Internal;

/// <summary>
/// Maps a generated enum to the facade's enum (and back) by member name, ignoring case and
/// underscores: kiota keeps the JSON value as the member name (<c>NEWLY_CREATED</c>, <c>Not_subscribed</c>),
/// the facade uses .NET names (<c>NewlyCreated</c>, <c>NotSubscribed</c>). A member without a
/// counterpart is a bug the mapping tests catch, so it throws rather than guess.
/// </summary>
internal static class EnumMapping
{
    private static readonly ConcurrentDictionary<(Type From, Type To), IReadOnlyDictionary<long, object>> Maps = new();

    public static TTo? Convert<TFrom, TTo>(TFrom? value)
        where TFrom : struct, Enum
        where TTo : struct, Enum =>
        value is { } known ? Convert<TFrom, TTo>(known) : null;

    public static TTo Convert<TFrom, TTo>(TFrom value)
        where TFrom : struct, Enum
        where TTo : struct, Enum
    {
        var map = Maps.GetOrAdd((typeof(TFrom), typeof(TTo)), static key => Build(key.From, key.To));
        return map.TryGetValue(System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), out var mapped)
            ? (TTo)mapped
            : throw new InvalidOperationException($"{typeof(TFrom).Name}.{value} has no counterpart in {typeof(TTo).Name}.");
    }

    private static Dictionary<long, object> Build(Type from, Type to)
    {
        var targets = Enum.GetValues(to).Cast<object>().ToDictionary(v => Normalize(Enum.GetName(to, v)!), StringComparer.Ordinal);
        var map = new Dictionary<long, object>();
        foreach (var value in Enum.GetValues(from))
        {
            if (targets.TryGetValue(Normalize(Enum.GetName(from, value)!), out var target))
            {
                map[System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)] = target;
            }
        }

        return map;
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
