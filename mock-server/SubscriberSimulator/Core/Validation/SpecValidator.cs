using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation.Internal;

namespace SubscriberSimulator.Core.Validation;

/// <summary>
/// Validates requests against the providers' OpenAPI documents (openapi/*.json, embedded as
/// "openapi/{file}.json"). Each document is parsed and compiled once, on first use.
/// </summary>
public sealed class SpecValidator
{
    private readonly Func<string, Stream?> _open;
    private readonly ConcurrentDictionary<string, Lazy<CompiledSpec>> _specs = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Uses the specs embedded in the simulator assembly.</summary>
    public SpecValidator()
        : this(OpenEmbedded)
    {
    }

    /// <param name="openSpec">Opens the document for a provider id ("essential", "mta", ...), or null if there is none.</param>
    public SpecValidator(Func<string, Stream?> openSpec)
    {
        ArgumentNullException.ThrowIfNull(openSpec);
        _open = openSpec;
    }

    /// <summary>The embedded resource name of a provider's document ("mta" is mobile-text-alerts.json).</summary>
    public static string ResourceName(string provider) =>
        "openapi/" + (string.Equals(provider, "mta", StringComparison.OrdinalIgnoreCase) ? "mobile-text-alerts" : provider.ToLowerInvariant()) + ".json";

    /// <summary>True when the provider's document exists and declares the operation.</summary>
    public bool HasOperation(string provider, string operationId) =>
        TryGetSpec(provider) is { } spec && spec.Operations.ContainsKey(operationId);

    /// <summary>The operation ids a provider's document declares (empty when it has none).</summary>
    public IReadOnlyCollection<string> OperationIds(string provider) =>
        TryGetSpec(provider) is { } spec ? spec.Operations.Keys.ToArray() : Array.Empty<string>();

    /// <summary>
    /// Validates the body and query of one request. An empty list means valid. Throws when the
    /// provider's document or the operation id does not exist: that is a simulator bug, not bad input.
    /// </summary>
    public IReadOnlyList<SpecViolation> Validate(string provider, string operationId, JsonElement? body, IRequestValues query)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(operationId);
        ArgumentNullException.ThrowIfNull(query);
        var spec = TryGetSpec(provider) ?? throw new InvalidOperationException($"No OpenAPI document is embedded for provider '{provider}' ({ResourceName(provider)}).");
        if (!spec.Operations.TryGetValue(operationId, out var operation))
        {
            throw new InvalidOperationException($"The {provider} OpenAPI document has no operation '{operationId}'.");
        }

        List<SpecViolation>? violations = null;
        if (operation.BodySchema is not null || operation.BodyRequired)
        {
            if (body is null || body.Value.ValueKind == JsonValueKind.Undefined)
            {
                if (operation.BodyRequired)
                {
                    (violations ??= new()).Add(new SpecViolation(string.Empty, "a request body is required"));
                }
            }
            else if (operation.BodySchema is not null)
            {
                var found = new List<SpecViolation>();
                operation.BodySchema.Validate(body.Value, new JsonPointerPath(), found);
                if (found.Count > 0)
                {
                    (violations ??= new()).AddRange(found);
                }
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            ValidateQueryParameter(parameter, query, ref violations);
        }

        return violations is null ? Array.Empty<SpecViolation>() : violations;
    }

    private static void ValidateQueryParameter(QueryParameterRule parameter, IRequestValues query, ref List<SpecViolation>? violations)
    {
        var pointer = "?" + parameter.Name;
        if (!query.TryGetValue(parameter.Name, out var values) || values.Count == 0)
        {
            if (parameter.Required)
            {
                (violations ??= new()).Add(new SpecViolation(pointer, "query parameter is required"));
            }

            return;
        }

        var element = ToElement(parameter, values);
        var found = new List<SpecViolation>();
        var path = new JsonPointerPath();
        parameter.Schema.Validate(element, path, found);
        foreach (var violation in found)
        {
            (violations ??= new()).Add(violation with { Pointer = pointer + violation.Pointer });
        }
    }

    // Query values are strings on the wire; coerce them to what the schema expects first.
    private static JsonElement ToElement(QueryParameterRule parameter, Microsoft.Extensions.Primitives.StringValues values)
    {
        var schema = parameter.Schema;
        if ((schema.Types & SchemaTypes.Array) != 0)
        {
            var items = parameter.Explode ? values.ToArray() : (values[0] ?? string.Empty).Split(',');
            var array = items.Select(item => Coerce(schema.Items, item ?? string.Empty)).ToArray();
            return JsonSerializer.SerializeToElement(array);
        }

        return JsonSerializer.SerializeToElement(Coerce(schema, values[0] ?? string.Empty));
    }

    private static object Coerce(SchemaNode? schema, string value)
    {
        var types = schema?.Types ?? SchemaTypes.Any;
        if ((types & (SchemaTypes.Integer | SchemaTypes.Number)) != 0
            && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if ((types & SchemaTypes.Boolean) != 0 && bool.TryParse(value, out var flag))
        {
            return flag;
        }

        return value;
    }

    private CompiledSpec? TryGetSpec(string provider)
    {
        var lazy = _specs.GetOrAdd(provider, key => new Lazy<CompiledSpec>(() => Load(key), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private CompiledSpec Load(string provider)
    {
        using var stream = _open(provider) ?? throw new FileNotFoundException($"No OpenAPI document for provider '{provider}'.", ResourceName(provider));
        return CompiledSpec.Parse(ResourceName(provider), stream);
    }

    private static Stream? OpenEmbedded(string provider) =>
        typeof(SpecValidator).Assembly.GetManifestResourceStream(ResourceName(provider));

    /// <summary>The provider documents embedded in this build (resource names).</summary>
    public static IReadOnlyList<string> EmbeddedDocuments() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(name => name.StartsWith("openapi/", StringComparison.Ordinal)).ToArray();
}
