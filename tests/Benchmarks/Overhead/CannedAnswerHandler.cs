using System.Net;

namespace Benchmarks.Overhead;

/// <summary>
/// The transport of the overhead benchmarks: it reads the request body, as a server would, and answers with
/// the bytes the in-memory simulator once answered to the same upsert. Every row then receives the same
/// answer without the simulator's own work (WireMock.Net's request matching, body parsing and journal cost
/// about ten times the SDK's allocations per call and would bury the difference being measured).
/// </summary>
public sealed class CannedAnswerHandler : HttpMessageHandler
{
    private readonly HttpStatusCode _status;
    private readonly byte[] _body;
    private readonly KeyValuePair<string, string[]>[] _headers;
    private readonly KeyValuePair<string, string[]>[] _contentHeaders;

    private CannedAnswerHandler(HttpStatusCode status, byte[] body, KeyValuePair<string, string[]>[] headers, KeyValuePair<string, string[]>[] contentHeaders)
    {
        _status = status;
        _body = body;
        _headers = headers;
        _contentHeaders = contentHeaders;
    }

    /// <summary>Sends <paramref name="request"/> through <paramref name="client"/> once and keeps the answer.</summary>
    public static async Task<CannedAnswerHandler> RecordAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return new CannedAnswerHandler(
            response.StatusCode,
            body,
            [.. response.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray()))],
            [.. response.Content.Headers.Where(h => h.Key != "Content-Length").Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray()))]);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var response = new HttpResponseMessage(_status) { RequestMessage = request, Content = new ByteArrayContent(_body) };
        foreach (var (name, values) in _headers)
        {
            response.Headers.TryAddWithoutValidation(name, values);
        }

        foreach (var (name, values) in _contentHeaders)
        {
            response.Content.Headers.TryAddWithoutValidation(name, values);
        }

        return response;
    }
}
