namespace SubscriberSdk.Generator.Output;

/// <summary>The four provider clients the repository generates.</summary>
internal static class KnownClients
{
    public static IReadOnlyList<ClientDefinition> All { get; } =
    [
        ClientDefinition.ForProvider("attentive", "Attentive"),
        ClientDefinition.ForProvider("essential", "Essential"),
        ClientDefinition.ForProvider("mobile-text-alerts", "MobileTextAlerts"),
        ClientDefinition.ForProvider("sequenzy", "Sequenzy"),
    ];
}
