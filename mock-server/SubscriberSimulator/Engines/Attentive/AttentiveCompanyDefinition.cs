namespace SubscriberSimulator.Engines.Attentive;

/// <summary>What GET /v1/me reports for a company's tokens; the id is generated when null.</summary>
public sealed record AttentiveCompanyDefinition(
    string? CompanyId = null,
    string CompanyName = "Simulated Company",
    string? DomainName = null,
    string ApplicationName = "Simulator App",
    string ContactEmail = "developer@example.com");
