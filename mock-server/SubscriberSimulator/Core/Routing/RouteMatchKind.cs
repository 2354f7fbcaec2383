namespace SubscriberSimulator.Core.Routing;

/// <summary>What a route table found for a method and path.</summary>
public enum RouteMatchKind
{
    /// <summary>A route matches path and method.</summary>
    Found,

    /// <summary>No route's template matches the path: the provider's 404.</summary>
    NotFound,

    /// <summary>Some route's template matches the path, none with this method: the provider's 405.</summary>
    MethodNotAllowed,
}
