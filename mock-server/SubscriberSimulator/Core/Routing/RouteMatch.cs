namespace SubscriberSimulator.Core.Routing;

/// <summary>The outcome of <see cref="RouteTable{TOperation}.Match(string, string)"/>.</summary>
/// <param name="Kind">Found, NotFound (404) or MethodNotAllowed (405).</param>
/// <param name="Operation">The matched route's operation when found, else null.</param>
/// <param name="Values">The captured route values when found, else empty.</param>
/// <param name="AllowedMethods">For MethodNotAllowed: the methods the path accepts ("GET, PUT"), for the Allow header.</param>
public readonly record struct RouteMatch<TOperation>(RouteMatchKind Kind, TOperation? Operation, RouteValues Values, string AllowedMethods)
    where TOperation : class;
