namespace SubscriberSimulator.Core.Requests;

/// <summary>
/// What an engine answers: status, content type, extra headers and the whole body as one array
/// (ASP.NET Core writes it as is; WireMock.Net takes it as BodyAsBytes without a copy).
/// </summary>
public sealed class ProviderResponse
{
    public const string JsonContentType = "application/json; charset=utf-8";

    private List<KeyValuePair<string, string>>? _headers;

    public ProviderResponse(int status, byte[] body, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    public int Status { get; }

    /// <summary>Null when there is no body.</summary>
    public string? ContentType { get; }

    public byte[] Body { get; }

    /// <summary>Headers other than Content-Type and Content-Length, in the order they were set.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => (IReadOnlyList<KeyValuePair<string, string>>?)_headers ?? [];

    /// <summary>
    /// True when no route of the engine matched (its 404 or 405): the journal reports such a
    /// request as unmatched, as WireMock does.
    /// </summary>
    internal bool RouteMissed { get; set; }

    /// <summary>A status with no body (204, or a 200 with nothing to say).</summary>
    public static ProviderResponse Empty(int status) => new(status, [], null);

    /// <summary>Sets a header, replacing an earlier value of the same name (names compare case-insensitively).</summary>
    public ProviderResponse SetHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _headers ??= new List<KeyValuePair<string, string>>(2);
        for (var i = 0; i < _headers.Count; i++)
        {
            if (string.Equals(_headers[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                _headers[i] = KeyValuePair.Create(name, value);
                return this;
            }
        }

        _headers.Add(KeyValuePair.Create(name, value));
        return this;
    }

    /// <summary>The value of a header set on this response, or null.</summary>
    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
