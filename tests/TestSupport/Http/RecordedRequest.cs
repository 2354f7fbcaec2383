using System.Net.Http.Headers;

namespace SubscriberSdk.TestSupport.Http;

/// <summary>What a <see cref="ScriptedHttpMessageHandler"/> saw: copied, so it outlives the message.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri? Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    DateTimeOffset ReceivedAt,
    int Sequence)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    internal static async Task<RecordedRequest> CaptureAsync(
        HttpRequestMessage request, DateTimeOffset receivedAt, int sequence, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Copy(request.Headers, headers);
        string? body = null;
        if (request.Content is not null)
        {
            Copy(request.Content.Headers, headers);
            body = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }

        return new RecordedRequest(request.Method, request.RequestUri, headers, body, receivedAt, sequence);
    }

    private static void Copy(HttpHeaders source, Dictionary<string, string> target)
    {
        foreach (var header in source)
        {
            target[header.Key] = string.Join(", ", header.Value);
        }
    }
}
