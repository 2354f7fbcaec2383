namespace SubscriberSimulator.Core.Validation.Internal;

/// <summary>What an operation accepts: its JSON body schema (if any) and its query parameters.</summary>
internal sealed record CompiledOperation(
    string OperationId,
    SchemaNode? BodySchema,
    bool BodyRequired,
    IReadOnlyList<QueryParameterRule> QueryParameters);
