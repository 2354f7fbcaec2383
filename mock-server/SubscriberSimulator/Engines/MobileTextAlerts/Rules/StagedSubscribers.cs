using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The subscriber writes of one request, staged on its unit of work. Lookups see the account as
/// this request has changed it so far, so the records of a bulk request behave as if they were
/// sent one by one (a later duplicate updates the record an earlier one created); the account
/// itself changes only when the work commits: every write, in order, or none.
/// </summary>
internal sealed class StagedSubscribers : ISubscriberLookup
{
    private readonly List<(MtaSubscriber? Before, MtaSubscriber After)> _writes;
    private readonly int _expectedWrites;

    // Allocated on the first write, so a request that writes nothing pays for none of them. A number
    // or email that a staged write took away from its subscriber maps to id 0.
    private Dictionary<long, MtaSubscriber>? _byId;
    private Dictionary<long, long>? _idByPhone;
    private Dictionary<string, long>? _idByEmail;

    /// <param name="expectedWrites">Capacity for the staged versions (the record count of a bulk request).</param>
    public StagedSubscribers(UnitOfWork<MtaAccount> work, MtaIds ids, int expectedWrites = 1)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(ids);
        Work = work;
        Ids = ids;
        _expectedWrites = expectedWrites;
        _writes = new List<(MtaSubscriber?, MtaSubscriber)>(expectedWrites);
        work.OnCommit(Apply);
    }

    public UnitOfWork<MtaAccount> Work { get; }

    public MtaAccount Account => Work.Tenant;

    public MtaIds Ids { get; }

    /// <summary>The request's time, as UTC ticks for the compact subscriber record.</summary>
    public long NowTicks => Work.Now.UtcTicks;

    public MtaSubscriber? FindById(long id) =>
        _byId is not null && _byId.TryGetValue(id, out var staged) ? staged : Account.FindById(id);

    public MtaSubscriber? FindByPhone(long e164Digits)
    {
        if (e164Digits == 0)
        {
            return null;
        }

        if (_idByPhone is not null && _idByPhone.TryGetValue(e164Digits, out var id))
        {
            return id == 0 ? null : FindById(id);
        }

        return Account.SubscriberIdByPhone.TryGetValue(e164Digits, out id) ? FindById(id) : null;
    }

    public MtaSubscriber? FindByEmail(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return null;
        }

        if (_idByEmail is not null && _idByEmail.TryGetValue(email, out var id))
        {
            return id == 0 ? null : FindById(id);
        }

        return Account.SubscriberIdByEmail.TryGetValue(email, out id) ? FindById(id) : null;
    }

    /// <summary>Stages <paramref name="after"/> in place of <paramref name="before"/> (null: a new subscriber).</summary>
    public void Write(MtaSubscriber? before, MtaSubscriber after)
    {
        ArgumentNullException.ThrowIfNull(after);
        (_byId ??= new Dictionary<long, MtaSubscriber>(_expectedWrites))[after.Id] = after;
        _idByPhone ??= new Dictionary<long, long>(_expectedWrites);
        _idByEmail ??= new Dictionary<string, long>(_expectedWrites, StringComparer.OrdinalIgnoreCase);
        if (before is { HasPhone: true } && before.PhoneDigits != after.PhoneDigits)
        {
            _idByPhone[before.PhoneDigits] = 0;
        }

        if (after.HasPhone)
        {
            _idByPhone[after.PhoneDigits] = after.Id;
        }

        if (!string.IsNullOrEmpty(before?.Email) && !string.Equals(before.Email, after.Email, StringComparison.OrdinalIgnoreCase))
        {
            _idByEmail[before.Email] = 0;
        }

        if (!string.IsNullOrEmpty(after.Email))
        {
            _idByEmail[after.Email] = after.Id;
        }

        _writes.Add((before, after));
    }

    private void Apply()
    {
        var account = Account;
        foreach (var (before, after) in _writes)
        {
            account.Put(before, after);
        }
    }
}
