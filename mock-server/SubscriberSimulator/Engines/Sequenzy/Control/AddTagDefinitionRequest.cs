namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of POST /__sim/sequenzy/tenants/{id}/tags: a tag definition, possibly a system tag (which the API cannot create).</summary>
internal sealed record AddTagDefinitionRequest(string? Name, string? Color, bool? IsSystem);
