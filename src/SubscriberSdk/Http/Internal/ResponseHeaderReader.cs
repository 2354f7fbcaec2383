using System.Net.Http.Headers;

namespace SubscriberSdk.Http.Internal;

/// <summary>Copies response headers into the case-insensitive shape results and errors expose, and finds the request id.</summary>
internal static class ResponseHeaderReader
{
    private static readonly string[] RequestIdHeaders = ["X-Request-ID", "Request-Id", "X-Correlation-ID", "X-Amzn-RequestId"];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Copy(response.Headers, headers);
        Copy(response.Content.Headers, headers);
        return headers;
    }

    public static string? RequestId(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }

    private static void Copy(HttpHeaders source, Dictionary<string, IReadOnlyList<string>> target)
    {
        foreach (var header in source)
        {
            target[header.Key] = header.Value.ToArray();
        }
    }
}
