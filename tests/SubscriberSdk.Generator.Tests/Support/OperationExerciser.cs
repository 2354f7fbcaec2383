using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using SubscriberSdk.Generator.CodeModel;
using SubscriberSdk.Generator.Naming;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>
/// Calls one operation of a generated client the way a user would (navigate builders, pass body and
/// query parameters, await <c>&lt;Verb&gt;Async</c>), with values taken from the spec.
/// </summary>
internal sealed class OperationExerciser
{
    private static readonly MethodInfo ConfigureMethod = typeof(OperationExerciser).GetMethod(nameof(Configure), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly ClientModel _model;
    private readonly Assembly _assembly;
    private readonly SpecReader _spec;

    public OperationExerciser(ClientModel model, Assembly assembly, SpecReader spec)
    {
        _model = model;
        _assembly = assembly;
        _spec = spec;
    }

    public async Task<OperationCall> CallAsync(SpecOperation operation, HttpStatusCode status, string? responseBody, string contentType = "application/json")
    {
        var handler = new RecordingHandler(status, responseBody, contentType);
        var adapter = AdapterFactory.Create(handler);
        var clientType = _assembly.GetType(_model.Namespace + "." + _model.ClassName, throwOnError: true)!;
        object builder = Activator.CreateInstance(clientType, adapter)!;
        var expectedPath = new Uri(AdapterFactory.BaseUrl).AbsolutePath;
        var node = _model.Root;
        foreach (var segment in operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = segment.StartsWith('{') && segment.EndsWith('}') && segment.Count(c => c == '{') == 1 ? "{item}" : segment;
            node = node.Children[key];
            (builder, var wireSegment) = Navigate(builder, node, operation);
            expectedPath += "/" + wireSegment;
        }

        var method = builder.GetType().GetMethod(ToVerb(operation.Method) + "Async")
            ?? throw new InvalidOperationException($"{builder.GetType().Name} has no {ToVerb(operation.Method)}Async.");
        var parameters = method.GetParameters();
        var arguments = new object?[parameters.Length];
        var index = 0;
        if (operation.HasRequestBody)
        {
            arguments[index] = Body(parameters[index].ParameterType, operation.RequestExample);
            index++;
        }

        var queryType = parameters[index].ParameterType.GetGenericArguments()[0].GetGenericArguments()[0];
        var (configure, expectedQuery) = QueryConfiguration(queryType, operation);
        arguments[index++] = configure;
        arguments[index] = CancellationToken.None;

        object? result = null;
        Exception? error = null;
        try
        {
            var task = (Task)method.Invoke(builder, arguments)!;
            await task;
            result = task.GetType().GetProperty("Result")?.GetValue(task);
        }
        catch (Exception ex)
        {
            error = ex;
        }

        if (handler.Requests.Count != 1)
        {
            throw new InvalidOperationException($"Expected one HTTP request for {operation}, saw {handler.Requests.Count}; error: {error}");
        }

        return new OperationCall(handler.Requests[0], result, error, expectedPath, expectedQuery);
    }

    private (object Builder, string WireSegment) Navigate(object builder, RequestBuilderNode node, SpecOperation operation)
    {
        var memberName = node.ClassName[..^"RequestBuilder".Length];
        if (node.ItemParameter is { } item)
        {
            var (value, wire) = PathValue(operation, item);
            var indexer = builder.GetType().GetProperty("Item", [value.GetType()])!;
            return (indexer.GetValue(builder, [value])!, Uri.EscapeDataString(wire));
        }

        if (node.WithParameter is { } with)
        {
            var (value, wire) = PathValue(operation, with);
            var next = builder.GetType().GetMethod(memberName)!.Invoke(builder, [value])!;
            return (next, node.Segment.Replace("{" + with.WireName + "}", Uri.EscapeDataString(wire), StringComparison.Ordinal));
        }

        return (builder.GetType().GetProperty(memberName)!.GetValue(builder)!, node.Segment);
    }

    private (object Value, string Wire) PathValue(SpecOperation operation, ParameterDefinition parameter)
    {
        var declaration = operation.Parameters.First(p => p["in"]?.GetValue<string>() == "path" && p["name"]?.GetValue<string>() == parameter.WireName);
        var sample = ParameterValues.SampleJson(_spec, declaration);
        var clrType = parameter.Type.Name switch { "int" => typeof(int), "long" => typeof(long), _ => typeof(string) };
        return (ParameterValues.ToClr(sample, clrType)!, ParameterValues.WireValues(sample).Single());
    }

    private object? Body(Type bodyType, JsonNode? example)
    {
        if (bodyType == typeof(string))
        {
            return example?.GetValue<string>() ?? "sample";
        }

        var isCollection = bodyType.IsGenericType && bodyType.GetGenericTypeDefinition() == typeof(List<>);
        var modelType = isCollection ? bodyType.GetGenericArguments()[0] : bodyType;
        if (example is null)
        {
            return Activator.CreateInstance(bodyType);
        }

        var value = KiotaJson.Deserialize(modelType, example.ToJsonString(), isCollection);
        if (!isCollection)
        {
            return value;
        }

        var list = (System.Collections.IList)Activator.CreateInstance(bodyType)!;
        foreach (var item in (IEnumerable<object>)value)
        {
            list.Add(item);
        }

        return list;
    }

    private (object Configure, List<string> ExpectedQuery) QueryConfiguration(Type queryType, SpecOperation operation)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var expected = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p["in"]?.GetValue<string>() == "query"))
        {
            var wireName = parameter["name"]!.GetValue<string>();
            var property = queryType.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<QueryParameterAttribute>()?.TemplateName == NameRules.ToTemplateName(wireName))
                ?? throw new InvalidOperationException($"{queryType.Name} has no property for query parameter '{wireName}'.");
            var sample = ParameterValues.SampleJson(_spec, parameter);
            values[property.Name] = ParameterValues.ToClr(sample, property.PropertyType);
            var isDate = (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(DateTimeOffset);
            expected.AddRange(ParameterValues.WireValues(sample).Select(v => isDate ? wireName + "=*" : wireName + "=" + v));
        }

        return (ConfigureMethod.MakeGenericMethod(queryType).Invoke(null, [values])!, expected);
    }

    private static Action<RequestConfiguration<T>> Configure<T>(Dictionary<string, object?> values)
        where T : class, new() =>
        configuration =>
        {
            foreach (var (name, value) in values)
            {
                typeof(T).GetProperty(name)!.SetValue(configuration.QueryParameters, value);
            }
        };

    private static string ToVerb(string method) => char.ToUpperInvariant(method[0]) + method[1..].ToLowerInvariant();
}
