namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>
/// Engine-wide id counters. Ids are unique across accounts, as the provider's are, so a test that
/// asks one account for another account's id gets a genuine "not found" rather than a coincidental
/// hit. Saved beside the tenants in the engine's state section; a reset starts them again.
/// </summary>
internal sealed class MtaIds
{
    public const long FirstSubscriberId = 109_000_001;
    public const long FirstGroupId = 187_001;
    public const long FirstCustomFieldId = 2_001;
    public const long FirstFieldDataId = 5_000_001;
    public const long FirstUnsubscribeId = 900_001;

    /// <summary>How many counters <see cref="Export"/> writes and <see cref="Import"/> reads.</summary>
    public const int CounterCount = 5;

    private long _subscriber = FirstSubscriberId - 1;
    private long _group = FirstGroupId - 1;
    private long _customField = FirstCustomFieldId - 1;
    private long _fieldData = FirstFieldDataId - 1;
    private long _unsubscribe = FirstUnsubscribeId - 1;

    // Numbers for generated tenant ids ("mta-account-1"); not saved: a taken one is skipped.
    private long _account;

    public long NextSubscriberId() => Interlocked.Increment(ref _subscriber);

    public int NextGroupId() => checked((int)Interlocked.Increment(ref _group));

    public int NextCustomFieldId() => checked((int)Interlocked.Increment(ref _customField));

    public long NextFieldDataId() => Interlocked.Increment(ref _fieldData);

    public long NextUnsubscribeId() => Interlocked.Increment(ref _unsubscribe);

    public long NextAccountNumber() => Interlocked.Increment(ref _account);

    /// <summary>The last id of each kind handed out: subscriber, group, custom field, field datum, unsubscribe.</summary>
    public long[] Export() =>
        [Interlocked.Read(ref _subscriber), Interlocked.Read(ref _group), Interlocked.Read(ref _customField),
         Interlocked.Read(ref _fieldData), Interlocked.Read(ref _unsubscribe)];

    /// <summary>Continues after the exported values (never below the first ids).</summary>
    public void Import(IReadOnlyList<long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != CounterCount)
        {
            throw new ArgumentException($"The id counters must be {CounterCount} numbers.", nameof(values));
        }

        Interlocked.Exchange(ref _subscriber, Math.Max(values[0], FirstSubscriberId - 1));
        Interlocked.Exchange(ref _group, Math.Max(values[1], FirstGroupId - 1));
        Interlocked.Exchange(ref _customField, Math.Max(values[2], FirstCustomFieldId - 1));
        Interlocked.Exchange(ref _fieldData, Math.Max(values[3], FirstFieldDataId - 1));
        Interlocked.Exchange(ref _unsubscribe, Math.Max(values[4], FirstUnsubscribeId - 1));
    }

    public void Reset()
    {
        Import([0, 0, 0, 0, 0]);
        Interlocked.Exchange(ref _account, 0);
    }
}
