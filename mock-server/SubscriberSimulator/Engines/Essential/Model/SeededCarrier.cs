namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>A carrier-lookup answer seeded for one number.</summary>
internal sealed record SeededCarrier(EssentialCarrierKind Kind, string? Carrier);
