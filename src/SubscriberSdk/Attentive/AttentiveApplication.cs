using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>The application and company the token belongs to.</summary>
public sealed class AttentiveApplication
{
    /// <summary>The application name.</summary>
    public string? ApplicationName { get; init; }

    /// <summary>The company's Attentive domain name.</summary>
    public string? AttentiveDomainName { get; init; }

    /// <summary>The ID of the company that installed the application.</summary>
    public string? CompanyId { get; init; }

    /// <summary>The company name in the Attentive platform.</summary>
    public string? CompanyName { get; init; }

    /// <summary>The contact email of the application.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
