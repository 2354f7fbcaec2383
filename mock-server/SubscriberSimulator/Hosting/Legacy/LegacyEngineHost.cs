using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Hosting.Legacy;

/// <summary>
/// TRANSITIONAL (issue 13): one legacy engine's ASP.NET Core endpoints, run without a server: a
/// <see cref="ProviderRequest"/> becomes an in-memory HttpContext, routing picks the endpoint (the
/// provider's own 404 and 405 when none fits), and the response written to memory becomes a
/// <see cref="ProviderResponse"/>. An unhandled exception is the provider's 500.
/// </summary>
internal sealed class LegacyEngineHost
{
    // Routing's synthetic endpoint for "path matched, method did not".
    private const string MethodNotAllowedEndpointName = "405 HTTP Method Not Supported";

    private readonly IProviderEngine _engine;
    private readonly IServiceProvider _services;
    private readonly RequestDelegate _pipeline;
    private readonly string _controlPrefix;

    public LegacyEngineHost(IProviderEngine engine)
    {
        _engine = engine;
        _controlPrefix = "/__sim/" + engine.Id;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRouting();
        services.AddSingleton(new DiagnosticListener("SubscriberSimulator.LegacyEngines"));
        services.AddSingleton<DiagnosticSource>(provider => provider.GetRequiredService<DiagnosticListener>());
        _services = services.BuildServiceProvider();
        var app = new ApplicationBuilder(_services);
        app.UseRouting();
        app.Use(next => context => RunEndpointAsync(context));
        app.UseEndpoints(endpoints =>
        {
            engine.MapEndpoints(endpoints.MapGroup(engine.PathPrefix));
            engine.MapControlEndpoints(endpoints.MapGroup(_controlPrefix));
        });
        _pipeline = app.Build();
    }

    public async ValueTask<ProviderResponse> HandleAsync(ProviderRequest request, bool control)
    {
        var response = new BridgeResponseFeature();
        var context = CreateContext(request, response);
        context.Items[typeof(LegacyEngineHost)] = control;
        try
        {
            await _pipeline(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (!request.RequestAborted.IsCancellationRequested)
        {
            KitLog.Unhandled(_services.GetRequiredService<ILoggerFactory>().CreateLogger("SubscriberSimulator.Engines"), exception, _engine.Id, request.Method);
            response.Clear(context.Response);
            await _engine.WriteErrorAsync(context, 500, "Internal server error.", request.RequestAborted).ConfigureAwait(false);
        }

        try
        {
            return response.ToProviderResponse(context.Response);
        }
        finally
        {
            await response.CompleteAsync().ConfigureAwait(false);
        }
    }

    public ProviderResponse Error(int status, string message)
    {
        var response = new BridgeResponseFeature();
        var context = CreateContext(new ProviderRequest { Method = "GET", Path = _engine.PathPrefix }, response);
        _engine.WriteErrorAsync(context, status, message, CancellationToken.None).GetAwaiter().GetResult();
        return response.ToProviderResponse(context.Response);
    }

    /// <summary>
    /// After routing: the provider's own 404 / 405 for provider paths, then the endpoint (whose body
    /// reader answers 413 for a body over the limit).
    /// </summary>
    private Task RunEndpointAsync(HttpContext context)
    {
        var control = context.Items[typeof(LegacyEngineHost)] is true;
        var endpoint = context.GetEndpoint();
        if (control)
        {
            // Controls keep ASP.NET Core's plain answers: an empty 404, routing's 405.
            if (endpoint?.RequestDelegate is null)
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            }

            return endpoint.RequestDelegate(context);
        }

        if (endpoint?.RequestDelegate is null)
        {
            return _engine.WriteErrorAsync(context, 404, $"No {context.Request.Method} route matches this path.", context.RequestAborted);
        }

        if (string.Equals(endpoint.DisplayName, MethodNotAllowedEndpointName, StringComparison.Ordinal))
        {
            return _engine.WriteErrorAsync(context, 405, $"Method {context.Request.Method} is not allowed on this path.", context.RequestAborted);
        }

        return endpoint.RequestDelegate(context);
    }

    private DefaultHttpContext CreateContext(ProviderRequest request, BridgeResponseFeature response)
    {
        var features = new FeatureCollection();
        var origin = new Uri(request.Origin);
        var headers = new HeaderDictionary();
        foreach (var name in request.Headers.Names)
        {
            headers[name] = request.Headers[name];
        }

        var body = request.Body.ToArray();
        headers.Remove("Transfer-Encoding");
        if (body.Length > 0 || headers.ContainsKey("Content-Length"))
        {
            headers.ContentLength = body.Length;
        }

        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Method = request.Method,
            Scheme = origin.Scheme,
            Path = request.Path,
            QueryString = QueryString(request.Query),
            Headers = headers,
            Body = new MemoryStream(body, writable: false),
        });
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = request.RequestAborted });
        return new DefaultHttpContext(features) { RequestServices = _services };
    }

    private static string QueryString(IRequestValues query)
    {
        var text = new StringBuilder();
        foreach (var name in query.Names)
        {
            foreach (var value in query[name])
            {
                text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty));
            }
        }

        return text.ToString();
    }
}
