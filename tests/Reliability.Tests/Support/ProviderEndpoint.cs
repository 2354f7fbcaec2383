namespace Reliability.Tests.Support;

/// <summary>One operation of a provider's OpenAPI document, with a concrete URL under the simulator's prefix.</summary>
public sealed record ProviderEndpoint(string Provider, string Method, string Path)
{
    public bool HasBody => Method is "POST" or "PUT" or "PATCH";

    public override string ToString() => $"{Provider} {Method} {Path}";
}
