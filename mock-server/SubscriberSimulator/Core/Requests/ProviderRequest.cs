using SubscriberSimulator.Core.Routing;

namespace SubscriberSimulator.Core.Requests;

/// <summary>
/// One request as an engine sees it, whatever hosts the simulator. Every field maps 1:1 onto
/// ASP.NET Core's HttpRequest and onto WireMock.Net's IRequestMessage (ARCHITECTURE.md, "Hosts").
/// </summary>
public sealed class ProviderRequest
{
    /// <summary>"GET", "POST", ... as sent.</summary>
    public required string Method { get; init; }

    /// <summary>The whole path, percent-decoded, without the query: "/essential/v2/account/subscribers".</summary>
    public required string Path { get; init; }

    /// <summary>Scheme, host and port the client used, for absolute links: "http://127.0.0.1:5080".</summary>
    public string Origin { get; init; } = "http://localhost";

    private IRequestValues _query = RequestValues.Empty;

    /// <summary>
    /// The query parameters. Once the engine has taken the request, one value per name by the
    /// provider's <see cref="RepeatedParameterRule"/> (see <see cref="ReadQueryBy"/>).
    /// </summary>
    public IRequestValues Query { get => _query; init => _query = value; }

    public IRequestValues Headers { get; init; } = RequestValues.Empty;

    /// <summary>The raw body; empty when there is none.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>
    /// Set by a host that stopped reading because the body is over the simulator's limit (a larger
    /// <see cref="Body"/> is refused too): the engine answers 413 in the provider's shape.
    /// </summary>
    public bool BodyTooLarge { get; init; }

    /// <summary>Fires when the client goes away; the kit stops before committing anything.</summary>
    public CancellationToken RequestAborted { get; init; }

    /// <summary>The values the route template captured (<c>{channel_sid}</c>); set by the engine's route table.</summary>
    public RouteValues RouteValues { get; internal set; } = RouteValues.Empty;

    /// <summary>
    /// From now on every reader (the spec check, the handler, the error wording) sees the query as
    /// the provider reads it: one place applies the provider's rule to every parameter.
    /// </summary>
    internal void ReadQueryBy(RepeatedParameterRule rule)
    {
        if (_query is not SingleValuedQuery)
        {
            _query = new SingleValuedQuery(_query, rule);
        }
    }
}
