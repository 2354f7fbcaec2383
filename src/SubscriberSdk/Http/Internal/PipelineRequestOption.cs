using Microsoft.Kiota.Abstractions;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Travels with one logical request through Kiota (as an <see cref="IRequestOption"/>, which Kiota copies
/// into <see cref="HttpRequestMessage.Options"/> keyed by type name) to the pipeline handler: it carries
/// the operation's policy and idempotency key in, and the final status code, headers and request id out.
/// </summary>
internal sealed class PipelineRequestOption : IRequestOption
{
    private static readonly HttpRequestOptionsKey<IRequestOption> Key = new(typeof(PipelineRequestOption).FullName!);

    public PipelineRequestOption(OperationPolicy policy, string? idempotencyKey = null, string? idempotencyHeader = null)
    {
        Policy = policy;
        IdempotencyKey = idempotencyKey;
        IdempotencyHeader = idempotencyHeader;
    }

    public OperationPolicy Policy { get; }

    /// <summary>Generated once per logical request and sent unchanged on every attempt.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>The header that carries <see cref="IdempotencyKey"/>; null when the key travels in the body.</summary>
    public string? IdempotencyHeader { get; }

    public int? StatusCode { get; internal set; }

    public string? RequestId { get; internal set; }

    public int Attempts { get; internal set; }

    /// <summary>The final response's headers (content headers included), read once by the pipeline for the result.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ResponseHeaders { get; internal set; }

    public static PipelineRequestOption? From(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var option) ? option as PipelineRequestOption : null;

    /// <summary>Attaches the option the way Kiota does, for requests built without Kiota.</summary>
    public void AttachTo(HttpRequestMessage request) => request.Options.Set(Key, this);
}
