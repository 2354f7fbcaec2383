using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>Whom a tag call addresses, and the fields used when it creates the subscriber.</summary>
internal sealed record TagTarget(string? Email, string? ExternalId, string? FirstName, string? LastName, CustomAttribute[]? Attributes);
