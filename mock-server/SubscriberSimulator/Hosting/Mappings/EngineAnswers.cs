using SubscriberSimulator.Engines;
using SubscriberSimulator.Hosting.Exchange;
using SubscriberSimulator.Core.Requests;
using WireMock;

namespace SubscriberSimulator.Hosting.Mappings;

/// <summary>
/// The WireMock.Net response callbacks through which engines answer. IRequestMessage carries no
/// cancellation, so the client's going away is read from the request's HttpContext; the engine's
/// work stops when the client goes away or the simulator stops, whichever comes first.
/// </summary>
internal sealed class EngineAnswers
{
    /// <summary>
    /// The status journaled for a request whose client went away before its answer (nginx's
    /// "client closed request"): no client ever sees it.
    /// </summary>
    public const int ClientClosedRequest = 499;

    private readonly IHttpContextAccessor _http;
    private readonly EngineDirectory _engines;
    private readonly CancellationToken _stopping;

    /// <param name="stopping">Fires when the simulator stops: work still in flight is abandoned, uncommitted.</param>
    public EngineAnswers(IHttpContextAccessor http, EngineDirectory engines, CancellationToken stopping)
    {
        _http = http;
        _engines = engines;
        _stopping = stopping;
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
        using var work = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping);
        ProviderResponse response;
        try
        {
            response = await engine.HandleAsync(WireMockExchange.ToProviderRequest(request, work.Token)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (work.IsCancellationRequested)
        {
            // Answered here, not thrown: WireMock.Net would log an abandoned request as an Error with
            // a stack trace. The engine committed nothing.
            return aborted.IsCancellationRequested
                ? new ResponseMessage { StatusCode = ClientClosedRequest }
                : WireMockExchange.ToResponseMessage(engine.Error(503, "The simulator is stopping; the request was not carried out."));
        }

        var message = WireMockExchange.ToResponseMessage(response);
        if (thenFault is { } fault)
        {
            message.AddHeader(SimulatorFaults.HeaderName, SimulatorFaults.Name(fault));
        }

        return message;
    }
}
