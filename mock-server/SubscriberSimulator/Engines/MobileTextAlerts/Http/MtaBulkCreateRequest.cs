using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>A parsed bulk-create request.</summary>
internal sealed record MtaBulkCreateRequest(bool CreateOnly, MtaSubscriberInput[] Records);
