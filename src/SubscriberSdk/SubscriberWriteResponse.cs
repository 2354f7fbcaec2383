namespace SubscriberSdk;

/// <summary>
/// The answer to a write of a subscriber or subscription (create, update, upsert, subscribe,
/// unsubscribe, delete): the record in <see cref="SubscriberResponse{T}.Value"/> and what the write did
/// in <see cref="Outcome"/>, e.g. <c>upsert.Outcome</c> and <c>upsert.Value.Sid</c>.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class SubscriberWriteResponse<T> : SubscriberResponse<T>
    where T : notnull
{
    /// <summary>Creates a write response.</summary>
    public SubscriberWriteResponse(
        T value, OperationOutcome outcome, int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? requestId, int attempts = 1)
        : base(value, statusCode, headers, requestId, attempts)
    {
        Outcome = outcome;
    }

    /// <summary>Created, updated, skipped, pending confirmation, removed...</summary>
    public OperationOutcome Outcome { get; }
}
