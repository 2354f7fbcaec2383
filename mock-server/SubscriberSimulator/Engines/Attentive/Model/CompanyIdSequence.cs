using System.Globalization;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>Ids for companies created without one ("company_1", "company_2", ...), shared by the controls and the C# API.</summary>
internal sealed class CompanyIdSequence
{
    private long _last;

    /// <summary>The next number whose id no company has (an explicit or imported id may have taken one).</summary>
    public string Next(TenantStore<AttentiveCompany> store)
    {
        string id;
        do
        {
            id = "company_" + Interlocked.Increment(ref _last).ToString(CultureInfo.InvariantCulture);
        }
        while (store.Contains(id));

        return id;
    }
}
