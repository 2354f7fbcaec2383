namespace SubscriberSimulator.Core.Routing;

/// <summary>
/// One route an engine serves, relative to its path prefix: what a host needs to register it
/// (for example as a WireMock.Net mapping with <see cref="RouteTemplate.ToRegex"/>).
/// </summary>
/// <param name="Method">"GET", "POST", ...</param>
/// <param name="Template">"/v2/account/subscribers/{subscriber_sid}".</param>
public sealed record ProviderRoute(string Method, RouteTemplate Template);
