namespace SubscriberSdk.Http.Internal;

/// <summary>
/// The logical request, buffered once so each attempt sends a fresh, identical message (same body, same
/// headers, same idempotency key) even after the previous attempt's content stream was consumed.
/// </summary>
internal sealed class RequestSnapshot
{
    private readonly HttpRequestMessage _original;
    private readonly byte[]? _body;

    private RequestSnapshot(HttpRequestMessage original, byte[]? body)
    {
        _original = original;
        _body = body;
    }

    public static async Task<RequestSnapshot> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[]? body = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        return new RequestSnapshot(request, body);
    }

    public HttpRequestMessage CreateAttempt()
    {
        var attempt = new HttpRequestMessage(_original.Method, _original.RequestUri)
        {
            Version = _original.Version,
            VersionPolicy = _original.VersionPolicy,
        };
        foreach (var header in _original.Headers)
        {
            attempt.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in _original.Options)
        {
            attempt.Options.Set(new HttpRequestOptionsKey<object?>(option.Key), option.Value);
        }

        if (_body is not null && _original.Content is not null)
        {
            attempt.Content = new ByteArrayContent(_body);
            foreach (var header in _original.Content.Headers)
            {
                attempt.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return attempt;
    }
}
