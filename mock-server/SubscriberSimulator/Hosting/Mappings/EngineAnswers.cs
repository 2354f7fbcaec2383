using SubscriberSimulator.Engines;
using SubscriberSimulator.Hosting.Exchange;
using WireMock;

namespace SubscriberSimulator.Hosting.Mappings;

/// <summary>
/// The WireMock.Net response callbacks through which engines answer. IRequestMessage carries no
/// cancellation, so the client's going away is read from the request's HttpContext.
/// </summary>
internal sealed class EngineAnswers
{
    private readonly IHttpContextAccessor _http;
    private readonly EngineDirectory _engines;

    public EngineAnswers(IHttpContextAccessor http, EngineDirectory engines)
    {
        _http = http;
        _engines = engines;
    }

    /// <summary>Answers with <paramref name="engine"/> whatever the request's path.</summary>
    public Func<IRequestMessage, Task<IResponseMessage>> By(ISimulatorEngine engine) => request => AnswerAsync(engine, request, thenFault: null);

    /// <summary>
    /// Answers with the engine that owns the request's path, then (when asked) breaks the connection:
    /// the engine's work is committed, the client never sees the answer.
    /// </summary>
    public Func<IRequestMessage, Task<IResponseMessage>> ByPathOwner(SimulatorFault? thenFault) => request =>
    {
        var (_, path) = WireMockExchange.SplitUrl(request.Url);
        return _engines.FindByPath(path) is { } engine
            ? AnswerAsync(engine, request, thenFault)
            : Task.FromResult<IResponseMessage>(WireMockExchange.ToResponseMessage(Control.ControlJson.Error(404, "No engine", $"No engine serves {path}; the engines' prefixes are listed at GET /__sim.")));
    };

    private async Task<IResponseMessage> AnswerAsync(ISimulatorEngine engine, IRequestMessage request, SimulatorFault? thenFault)
    {
        var aborted = _http.HttpContext?.RequestAborted ?? CancellationToken.None;
        var response = await engine.HandleAsync(WireMockExchange.ToProviderRequest(request, aborted)).ConfigureAwait(false);
        var message = WireMockExchange.ToResponseMessage(response);
        if (thenFault is { } fault)
        {
            message.AddHeader(SimulatorFaults.HeaderName, SimulatorFaults.Name(fault));
        }

        return message;
    }
}
