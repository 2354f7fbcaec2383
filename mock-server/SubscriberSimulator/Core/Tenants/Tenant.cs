namespace SubscriberSimulator.Core.Tenants;

/// <summary>
/// The base of an engine's tenant state (an account, workspace or company). The kit owns the id,
/// the credentials that reach it, the lock that guards it and the send-failure switch; the engine's
/// subclass holds the provider's data. Everything a tenant holds is read and written under
/// <see cref="Gate"/>: writes through a <see cref="Work.UnitOfWork{TTenant}"/> (which takes it), reads with
/// <c>lock (tenant.Gate)</c>.
/// </summary>
public abstract class Tenant
{
    private readonly List<string> _credentials = [];

    protected Tenant(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    /// <summary>The tenant's id; with every credential it is unique within its engine.</summary>
    public string Id { get; }

    /// <summary>One lock per tenant: requests of different tenants never wait for each other.</summary>
    public Lock Gate { get; } = new();

    public SendFailure SendFailure { get; internal set; }

    /// <summary>
    /// How many subscribers (contacts) the tenant holds, as the engine counts them: what
    /// <see cref="SimulatorOptions.MaxSubscribersPerTenant"/> caps. Read under <see cref="Gate"/>.
    /// </summary>
    public abstract int SubscriberCount { get; }

    /// <summary>The credentials (API key, token, "user:password") that reach this tenant, oldest first.</summary>
    public IReadOnlyList<string> Credentials => _credentials;

    /// <summary>Creation order within the store, so listings are stable.</summary>
    internal long Sequence { get; set; }

    internal void AddCredential(string credential) => _credentials.Add(credential);
}
