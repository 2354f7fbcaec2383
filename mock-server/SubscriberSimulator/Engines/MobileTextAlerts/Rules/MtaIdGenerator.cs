namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Engine-wide id counters. Ids are unique across accounts, so a test that asks one account for
/// another account's id gets a genuine "not found" rather than a coincidental hit.
/// </summary>
internal sealed class MtaIdGenerator
{
    public const long FirstSubscriberId = 109_000_001;
    public const long FirstGroupId = 187_001;
    public const long FirstCustomFieldId = 2_001;
    public const long FirstFieldDataId = 5_000_001;
    public const long FirstUnsubscribeId = 900_001;

    private long _subscriber = FirstSubscriberId - 1;
    private long _group = FirstGroupId - 1;
    private long _customField = FirstCustomFieldId - 1;
    private long _fieldData = FirstFieldDataId - 1;
    private long _unsubscribe = FirstUnsubscribeId - 1;

    public long NextSubscriberId() => Interlocked.Increment(ref _subscriber);

    public int NextGroupId() => checked((int)Interlocked.Increment(ref _group));

    public int NextCustomFieldId() => checked((int)Interlocked.Increment(ref _customField));

    public long NextFieldDataId() => Interlocked.Increment(ref _fieldData);

    public long NextUnsubscribeId() => Interlocked.Increment(ref _unsubscribe);

    public long[] Export() =>
        [Interlocked.Read(ref _subscriber), Interlocked.Read(ref _group), Interlocked.Read(ref _customField),
         Interlocked.Read(ref _fieldData), Interlocked.Read(ref _unsubscribe)];

    public void Import(IReadOnlyList<long> values)
    {
        if (values.Count != 5)
        {
            throw new InvalidDataException("The Mobile Text Alerts id counters in the state file must be five numbers.");
        }

        Interlocked.Exchange(ref _subscriber, Math.Max(values[0], FirstSubscriberId - 1));
        Interlocked.Exchange(ref _group, Math.Max(values[1], FirstGroupId - 1));
        Interlocked.Exchange(ref _customField, Math.Max(values[2], FirstCustomFieldId - 1));
        Interlocked.Exchange(ref _fieldData, Math.Max(values[3], FirstFieldDataId - 1));
        Interlocked.Exchange(ref _unsubscribe, Math.Max(values[4], FirstUnsubscribeId - 1));
    }

    public void Reset() => Import([0, 0, 0, 0, 0]);
}
