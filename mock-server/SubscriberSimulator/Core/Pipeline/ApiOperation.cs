using System.Text.Json;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>What one provider route does: its OpenAPI operation, what the pipeline checks, and its handler.</summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class ApiOperation<TTenant>
    where TTenant : Tenants.Tenant
{
    /// <summary>The operationId in the provider's OpenAPI document, e.g. "upsertSubscriber".</summary>
    public required string OperationId { get; init; }

    /// <summary>False for the rare route the document does not declare; its handler checks everything itself.</summary>
    public bool ValidatesWithSpec { get; init; } = true;

    /// <summary>POST, PUT and PATCH read a JSON body by default.</summary>
    public bool ReadsBody { get; init; }

    public required string RateLimitBucket { get; init; }

    /// <summary>A scope the credential must carry (see <see cref="ProviderDialect{TTenant}.RefuseScope"/>), or null.</summary>
    public string? Scope { get; init; }

    /// <summary>
    /// The provider's own checks of the body's shape, run after the body is parsed and before the
    /// spec step, for refusals a provider words or codes its own way instead of the spec's generic
    /// 400 (Sequenzy's 422 when <c>subscribers</c> is not an array); throws <see cref="RequestRefusedException"/>. Null for none.
    /// </summary>
    public Action<JsonElement>? BodyCheck { get; init; }

    public required Func<ProviderCall<TTenant>, ProviderResponse> Handler { get; init; }
}
