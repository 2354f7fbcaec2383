using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Contract.Tests.Contracts;

/// <summary>
/// The four OpenAPI documents as a contract: finds the operation for a method and path (the
/// simulator's provider prefix stripped) and validates request and response bodies with NJsonSchema,
/// returning every violation with the JSON path of the field at fault.
/// </summary>
public sealed class OpenApiContract
{
    private static readonly Lazy<OpenApiContract> Shared = new(() => Load(Path.Combine(AppContext.BaseDirectory, "openapi")));

    private readonly Dictionary<string, JsonObject> _documents;
    private readonly Dictionary<string, JsonObject> _definitions;
    private readonly List<ContractOperation> _operations;
    private readonly ConcurrentDictionary<JsonNode, JsonSchema> _schemas = new(ReferenceEqualityComparer.Instance);

    private OpenApiContract(Dictionary<string, JsonObject> documents, List<ContractOperation> operations)
    {
        _documents = documents;
        _operations = operations;
        _definitions = documents.ToDictionary(
            pair => pair.Key,
            pair => (JsonObject)OpenApiSchemaConverter.Convert(pair.Value["components"]?["schemas"] ?? new JsonObject())!);
    }

    /// <summary>The contract loaded from the specs copied next to the test assembly.</summary>
    public static OpenApiContract Instance => Shared.Value;

    public IReadOnlyList<ContractOperation> Operations => _operations;

    public static OpenApiContract Load(string directory)
    {
        var documents = new Dictionary<string, JsonObject>();
        var operations = new List<ContractOperation>();
        foreach (var provider in ProviderSpec.All)
        {
            var file = Path.Combine(directory, provider.FileName);
            var document = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new InvalidOperationException($"{file} is not a JSON object.");
            documents[provider.Id] = document;
            foreach (var (template, item) in document["paths"] as JsonObject ?? new JsonObject())
            {
                foreach (var (method, definition) in item as JsonObject ?? new JsonObject())
                {
                    if (definition is JsonObject operation && method != "parameters")
                    {
                        operations.Add(new ContractOperation(provider, method.ToUpperInvariant(), new PathTemplate(template), operation));
                    }
                }
            }
        }

        return new OpenApiContract(documents, operations);
    }

    public ContractOperation Operation(string providerId, string operationId) =>
        _operations.FirstOrDefault(o => o.Provider.Id == providerId && o.OperationId == operationId)
        ?? throw new ArgumentException($"No operation {providerId}.{operationId} in the specs.", nameof(operationId));

    /// <summary>The operation for a method and a simulator path such as "/mta/v3/subscribers", or null.</summary>
    public ContractOperation? FindOperation(string method, string absolutePath)
    {
        var provider = ProviderSpec.All.FirstOrDefault(p => absolutePath.StartsWith(p.Prefix + "/", StringComparison.Ordinal));
        if (provider is null)
        {
            return null;
        }

        return FindOperation(provider, method, absolutePath[provider.Prefix.Length..]);
    }

    /// <summary>The operation of one provider for a path relative to its server ("/v3/subscribers"), or null.</summary>
    public ContractOperation? FindOperation(ProviderSpec provider, string method, string relativePath) =>
        _operations
            .Where(o => o.Provider == provider && o.Method == method.ToUpperInvariant() && o.PathTemplateInfo.Matches(relativePath))
            .OrderBy(o => o.PathTemplateInfo.ParameterCount)
            .FirstOrDefault();

    public IReadOnlyList<ContractViolation> ValidateRequest(ContractOperation operation, string? body)
    {
        var schema = operation.RequestSchema;
        if (string.IsNullOrEmpty(body))
        {
            return schema is not null && operation.RequestBodyRequired
                ? [new ContractViolation(operation.DisplayName, "request", "$", "the body is required but was empty")]
                : [];
        }

        return schema is null
            ? [new ContractViolation(operation.DisplayName, "request", "$", "the operation takes no body but one was sent")]
            : ValidateBody(operation, "request", schema, body);
    }

    public IReadOnlyList<ContractViolation> ValidateResponse(ContractOperation operation, int status, string? body)
    {
        var response = operation.FindResponse(status);
        if (response is null)
        {
            return [new ContractViolation(operation.DisplayName, $"response {status}", "$", $"status {status} is not documented for this operation")];
        }

        var schema = response["content"]?["application/json"]?["schema"];
        if (schema is null)
        {
            return [];
        }

        return string.IsNullOrEmpty(body)
            ? [new ContractViolation(operation.DisplayName, $"response {status}", "$", "a JSON body is documented but the body was empty")]
            : ValidateBody(operation, $"response {status}", schema, body);
    }

    private List<ContractViolation> ValidateBody(ContractOperation operation, string location, JsonNode schemaNode, string body)
    {
        ICollection<ValidationError> errors;
        try
        {
            errors = Compile(operation.Provider.Id, schemaNode).Validate(body);
        }
        catch (Newtonsoft.Json.JsonException exception)
        {
            return [new ContractViolation(operation.DisplayName, location, "$", "the body is not valid JSON: " + exception.GetType().Name)];
        }

        var violations = new List<ContractViolation>();
        foreach (var error in errors)
        {
            Flatten(operation.DisplayName, location, error, violations);
        }

        return violations;
    }

    private static void Flatten(string operation, string location, ValidationError error, List<ContractViolation> into)
    {
        var path = "$" + (error.Path ?? "#").TrimStart('#').Replace('/', '.');
        var property = error.Property is null ? string.Empty : $" ({error.Property})";
        into.Add(new ContractViolation(operation, location, path == "$." ? "$" : path, error.Kind + property));
        if (error is ChildSchemaValidationError child)
        {
            foreach (var nested in child.Errors.SelectMany(pair => pair.Value))
            {
                Flatten(operation, location, nested, into);
            }
        }
    }

    private JsonSchema Compile(string providerId, JsonNode schemaNode) =>
        _schemas.GetOrAdd(schemaNode, node =>
        {
            var definitions = _definitions[providerId];
            var root = OpenApiSchemaConverter.Convert(node) as JsonObject ?? new JsonObject();
            // A bare $ref at the root is replaced by its target so errors read from the body's root.
            while (root["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/definitions/", StringComparison.Ordinal))
            {
                root = (JsonObject)definitions[reference["#/definitions/".Length..]]!.DeepClone();
            }

            root["definitions"] = definitions.DeepClone();
            return JsonSchema.FromJsonAsync(root.ToJsonString()).GetAwaiter().GetResult();
        });

    internal JsonObject Document(string providerId) => _documents[providerId];

    internal JsonObject Definitions(string providerId) => _definitions[providerId];
}
