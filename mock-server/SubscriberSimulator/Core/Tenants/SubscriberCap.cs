using System.Globalization;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Core.Tenants;

/// <summary>
/// The kit's one rule on a tenant's growth: at most <see cref="Limit"/> subscribers per tenant
/// (<see cref="SimulatorOptions.MaxSubscribersPerTenant"/>), refused with the provider's limit
/// status and a message that says how to raise it. Engines count through their unit of work
/// (<see cref="Work.UnitOfWork{TTenant}.AddSubscriber"/>); the state import checks it too.
/// </summary>
internal sealed class SubscriberCap
{
    public SubscriberCap(int limit, int status, string providerName, string tenantNoun, string subscribersNoun)
    {
        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "SimulatorOptions.MaxSubscribersPerTenant must be at least 1.");
        }

        Limit = limit;
        Status = status;
        SubscribersNoun = subscribersNoun;
        Message = string.Create(CultureInfo.InvariantCulture,
            $"This {providerName} {tenantNoun} already holds the most {subscribersNoun} the simulator keeps per {tenantNoun} ({limit}); raise it with --max-subscribers or SimulatorOptions.MaxSubscribersPerTenant.");
    }

    public int Limit { get; }

    /// <summary>The provider's status for a limit (its dialect's <c>SubscriberLimitStatus</c>).</summary>
    public int Status { get; }

    public string SubscribersNoun { get; }

    /// <summary>The refusal's message, also the per-record error of providers that report per record.</summary>
    public string Message { get; }

    public RequestRefusedException Refusal() => new(Status, Message);
}
