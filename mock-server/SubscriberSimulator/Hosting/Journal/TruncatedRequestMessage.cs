using System.Security.Cryptography.X509Certificates;
using System.Text;
using WireMock;
using WireMock.Models.Mime;
using WireMock.Types;
using WireMock.Util;

namespace SubscriberSimulator.Hosting.Journal;

/// <summary>
/// A journaled request whose body is cut to the journal's limit: the journal keeps the first bytes
/// of a large body (a bulk request of 1000 records) instead of all of it three times over (bytes,
/// text and parsed form). Everything else is the request as WireMock.Net received it.
/// </summary>
internal sealed class TruncatedRequestMessage : IRequestMessage
{
    private readonly IRequestMessage _request;

    public TruncatedRequestMessage(IRequestMessage request, int limitBytes)
    {
        _request = request;
        var bytes = (request.BodyAsBytes ?? [])[..Math.Min(limitBytes, request.BodyAsBytes?.Length ?? 0)];
        BodyAsBytes = bytes;
        Body = Encoding.UTF8.GetString(bytes);
        BodyData = new BodyData
        {
            BodyAsBytes = bytes,
            BodyAsString = Body,
            DetectedBodyType = BodyType.String,
            DetectedBodyTypeFromContentType = request.BodyData?.DetectedBodyTypeFromContentType,
            Encoding = Encoding.UTF8,
        };
    }

    public string ClientIP => _request.ClientIP;

    public string Url => _request.Url;

    public string AbsoluteUrl => _request.AbsoluteUrl;

    public string? ProxyUrl
    {
        get => _request.ProxyUrl;
        set => _request.ProxyUrl = value;
    }

    public DateTime DateTime => _request.DateTime;

    public string Path => _request.Path;

    public string AbsolutePath => _request.AbsolutePath;

    public string[] PathSegments => _request.PathSegments;

    public string[] AbsolutePathSegments => _request.AbsolutePathSegments;

    public string Method => _request.Method;

    public string HttpVersion => _request.HttpVersion;

    public IDictionary<string, WireMockList<string>>? Headers => _request.Headers;

    public IDictionary<string, string>? Cookies => _request.Cookies;

    public IDictionary<string, WireMockList<string>>? Query => _request.Query;

    public IDictionary<string, WireMockList<string>>? QueryIgnoreCase => _request.QueryIgnoreCase;

    public string RawQuery => _request.RawQuery;

    public IBodyData? BodyData { get; }

    public string? Body { get; }

    public object? BodyAsJson => null;

    public byte[]? BodyAsBytes { get; }

    public IMimeMessageData? BodyAsMimeMessage => null;

    public string? DetectedBodyType => nameof(BodyType.String);

    public string? DetectedBodyTypeFromContentType => _request.DetectedBodyTypeFromContentType;

    public string? DetectedCompression => _request.DetectedCompression;

    public string Host => _request.Host;

    public string Protocol => _request.Protocol;

    public int Port => _request.Port;

    public string Origin => _request.Origin;

    public X509Certificate2? ClientCertificate => _request.ClientCertificate;

    public WireMockList<string>? GetParameter(string key, bool ignoreCase = false) => _request.GetParameter(key, ignoreCase);
}
