namespace SubscriberSdk.Internal;

/// <summary>Reads RFC 8288 <c>Link</c> headers for paging.</summary>
internal static class LinkHeader
{
    public static bool HasNext(IReadOnlyDictionary<string, IReadOnlyList<string>> headers) =>
        headers.TryGetValue("Link", out var values)
        && values.SelectMany(v => v.Split(',')).Any(link => link.Contains("rel=\"next\"", StringComparison.OrdinalIgnoreCase) || link.Contains("rel=next", StringComparison.OrdinalIgnoreCase));
}
