using Microsoft.AspNetCore.Http.Features;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Hosting.Http;

/// <summary>
/// The ASP.NET Core side of a kit engine: an HttpContext becomes a <see cref="ProviderRequest"/>
/// (headers and query adapted, not copied; the body read up to the limit) and a
/// <see cref="ProviderResponse"/> is written back as is.
/// </summary>
internal static class HttpEngineExchange
{
    public static async Task<ProviderRequest> ReadRequestAsync(HttpContext context, long maxBodyBytes)
    {
        var request = context.Request;
        var body = ReadOnlyMemory<byte>.Empty;
        var tooLarge = false;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is not { CanHaveBody: false })
        {
            var read = await HttpBody.ReadCappedAsync(request, maxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            tooLarge = read is null;
            body = read ?? ReadOnlyMemory<byte>.Empty;
        }

        return new ProviderRequest
        {
            Method = request.Method,
            Path = request.PathBase.Add(request.Path).Value ?? "/",
            Origin = request.Scheme + "://" + request.Host.Value,
            Query = new QueryCollectionValues(request.Query),
            Headers = new HeaderDictionaryValues(request.Headers),
            Body = body,
            BodyTooLarge = tooLarge,
            RequestAborted = context.RequestAborted,
        };
    }

    public static Task WriteResponseAsync(HttpContext context, ProviderResponse response)
    {
        var http = context.Response;
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers.Append(name, value);
        }

        if (response.ContentType is null && response.Body.Length == 0)
        {
            return Task.CompletedTask;
        }

        http.ContentType = response.ContentType;
        http.ContentLength = response.Body.Length;
        return http.Body.WriteAsync(response.Body, context.RequestAborted).AsTask();
    }
}
