using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>
/// The demo tenant for <c>--seed demo</c>, so the README's curl examples work: a group, a custom
/// field and a number seeded as a landline.
/// </summary>
internal static class MtaDemoSeed
{
    public const string LandlineNumber = "+15005550006";

    public static IReadOnlyList<string> Seed(MobileTextAlertsEngine engine)
    {
        var tenantId = MobileTextAlertsEngine.DemoTenantId;
        if (!engine.HasAccount(tenantId))
        {
            engine.CreateAccount(tenantId, MobileTextAlertsEngine.DemoApiKey);
            engine.AddGroup(tenantId, "Newsletter");
            engine.AddCustomField(tenantId, "Birthday", "date");
            engine.SetLineType(tenantId, LandlineNumber, MtaLineType.Landline);
        }

        return
        [
            $"base path {MobileTextAlertsEngine.Prefix}/v3, header 'Authorization: Bearer {MobileTextAlertsEngine.DemoApiKey}' (tenant {tenantId}).",
            $"group {MtaIds.FirstGroupId} 'Newsletter', custom field {MtaIds.FirstCustomFieldId} 'Birthday'; {LandlineNumber} is seeded as a landline.",
        ];
    }
}
