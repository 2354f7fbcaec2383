using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>Whom a tag call addresses, and the fields used when it creates the subscriber.</summary>
internal sealed record TagTarget(string? Email, string? ExternalId, string? FirstName, string? LastName, CustomAttribute[]? Attributes);
