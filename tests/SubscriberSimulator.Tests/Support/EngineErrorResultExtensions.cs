using Microsoft.AspNetCore.Http;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Tests.Support;

/// <summary>Lets minimal-API handlers of the test engine return its error shape as an IResult.</summary>
internal static class EngineErrorResultExtensions
{
    public static IResult Error(this IResultExtensions _, IProviderEngine engine, HttpContext context, int status, string message) =>
        new EngineErrorResult(engine, status, message);

    private sealed class EngineErrorResult(IProviderEngine engine, int status, string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => engine.WriteErrorAsync(httpContext, status, message, httpContext.RequestAborted);
    }
}
