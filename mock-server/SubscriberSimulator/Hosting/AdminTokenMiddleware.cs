using System.Security.Cryptography;
using System.Text;
using SubscriberSimulator.Control;
using SubscriberSimulator.Hosting.Http;
using SubscriberSimulator.Hosting.Mappings;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// Guards /__admin and /__sim with "Authorization: Bearer {token}" when a token is configured
/// (required when bound beyond loopback: those endpoints can rewrite every response). Runs before
/// WireMock.Net, whose own admin authentication knows only Basic and Azure AD.
/// </summary>
internal sealed class AdminTokenMiddleware
{
    private readonly RequestDelegate _next;
    private readonly byte[]? _token;

    public AdminTokenMiddleware(RequestDelegate next, string? token)
    {
        _next = next;
        _token = string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetBytes(token);
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (_token is null || !IsControlPath(context.Request.Path.Value) || HasToken(context.Request))
        {
            return _next(context);
        }

        var refusal = ControlJson.Error(401, "Unauthorized", "The admin and control API need 'Authorization: Bearer <admin token>'.").SetHeader("WWW-Authenticate", "Bearer");
        return HttpEngineExchange.WriteResponseAsync(context, refusal);
    }

    /// <summary>True under /__admin or /__sim.</summary>
    internal static bool IsControlPath(string? path) =>
        path is not null && (PathPrefixMatcher.IsUnder(path, "/__admin") || PathPrefixMatcher.IsUnder(path, "/__sim"));

    private bool HasToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Prefix = "Bearer ";
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(header[Prefix.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, _token);
    }
}
