using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>What an event import recorded.</summary>
public sealed class SequenzyEventImportResult
{
    /// <summary>Events in the request.</summary>
    public int Total { get; init; }

    /// <summary>Events written.</summary>
    public int Recorded { get; init; }

    /// <summary>Events already recorded under their <c>eventId</c>.</summary>
    public int Duplicates { get; init; }

    /// <summary>Events refused one by one (see <see cref="Failures"/>).</summary>
    public int Failed { get; init; }

    /// <summary>Distinct subscribers the events named.</summary>
    public int Subscribers { get; init; }

    /// <summary>The refused events, by index.</summary>
    public IReadOnlyList<SequenzyEventImportFailure> Failures { get; init; } = [];

    /// <summary>Present when the import created a pending subscriber under workspace double opt-in.</summary>
    public SequenzyOptInState? OptIn { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
