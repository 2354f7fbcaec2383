namespace SubscriberSdk.Http.Internal;

/// <summary>Whether repeating an operation after an ambiguous failure could do something twice.</summary>
internal enum RetrySafety
{
    /// <summary>Decide by HTTP method: GET, HEAD, PUT, DELETE and OPTIONS are safe; POST and PATCH are not.</summary>
    ByMethod = 0,

    /// <summary>A POST that upserts by natural key (email, phone, external id): a replay finds the record and changes nothing new.</summary>
    NaturalKeyUpsert,

    /// <summary>The request carries an idempotency key that the provider deduplicates on.</summary>
    IdempotencyKey,

    /// <summary>Never retried after the request may have reached the provider (only a 429 is retried).</summary>
    Never,
}
