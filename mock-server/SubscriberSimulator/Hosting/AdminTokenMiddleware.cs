using System.Security.Cryptography;
using System.Text;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// Guards /__admin and /__sim with "Authorization: Bearer {token}" when a token is configured
/// (required when bound beyond loopback: those endpoints can rewrite every response).
/// </summary>
internal sealed class AdminTokenMiddleware
{
    private readonly RequestDelegate _next;
    private readonly byte[]? _token;

    public AdminTokenMiddleware(RequestDelegate next, SimulatorOptions options)
    {
        _next = next;
        _token = string.IsNullOrEmpty(options.AdminToken) ? null : Encoding.UTF8.GetBytes(options.AdminToken);
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (_token is null || !IsControlPath(context.Request.Path) || HasToken(context.Request))
        {
            return _next(context);
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        return AdminJson.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "The admin and control API need 'Authorization: Bearer <admin token>'.");
    }

    internal static bool IsControlPath(PathString path) =>
        path.StartsWithSegments("/__admin", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/__sim", StringComparison.OrdinalIgnoreCase);

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
