namespace SubscriberSimulator.Core.Validation.Internal;

/// <summary>A declared query parameter: name, whether required, its schema, and array style.</summary>
internal sealed record QueryParameterRule(string Name, bool Required, SchemaNode Schema, bool Explode);
