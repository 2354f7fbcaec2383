using System.Net;
using System.Text;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>The last handler of the pipeline: records each request and answers with a canned response, no network.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly HttpStatusCode _status;
    private readonly string? _body;
    private readonly string _contentType;

    public RecordingHandler(HttpStatusCode status, string? body, string contentType = "application/json")
    {
        _status = status;
        _body = body;
        _contentType = contentType;
    }

    public List<RecordedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.MediaType, body, headers));
        var response = new HttpResponseMessage(_status) { RequestMessage = request };
        if (_body is not null)
        {
            response.Content = new StringContent(_body, Encoding.UTF8, _contentType);
        }

        return response;
    }
}
