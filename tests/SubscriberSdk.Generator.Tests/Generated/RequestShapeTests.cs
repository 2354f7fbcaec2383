using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Generated;

/// <summary>Every operation sends the right method, URL, query and body, and maps its documented errors.</summary>
public sealed class RequestShapeTests
{
    public static TheoryData<string> Clients => ClientUnderTest.Keys;

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task EveryOperationSendsTheDocumentedRequest(string key)
    {
        var client = ClientUnderTest.Load(key);
        var exerciser = new OperationExerciser(client.Generated.Model, client.Assembly, client.Spec);
        var failures = new List<string>();
        var operations = client.Spec.Operations().ToList();
        foreach (var operation in operations)
        {
            var (status, body, contentType) = SuccessResponse(operation);
            var call = await exerciser.CallAsync(operation, status, body, contentType);
            failures.AddRange(Check(operation, call).Select(f => $"{operation}: {f}"));
        }

        Assert.NotEmpty(operations);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task EveryDocumentedErrorStatusThrowsItsMappedException(string key)
    {
        var client = ClientUnderTest.Load(key);
        var exerciser = new OperationExerciser(client.Generated.Model, client.Assembly, client.Spec);
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var operation in client.Spec.Operations())
        {
            var mappings = client.Generated.Model.Root.FindOperation(operation.OperationId).ErrorMappings;
            foreach (var error in operation.Errors.Where(e => e.Example is not null))
            {
                checkedCount++;
                var call = await exerciser.CallAsync(operation, (HttpStatusCode)int.Parse(error.Status, System.Globalization.CultureInfo.InvariantCulture), error.Example!.ToJsonString());
                var expectedType = mappings.FirstOrDefault(m => m.StatusKey == error.Status)?.TypeName.Replace("global::", string.Empty, StringComparison.Ordinal);
                if (call.Error is not ApiException apiException || apiException.ResponseStatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) != error.Status)
                {
                    failures.Add($"{operation} {error.Status}: expected an ApiException with that status, got {call.Error?.GetType().Name ?? "no exception"}");
                }
                else if (expectedType is not null && apiException.GetType().FullName != expectedType)
                {
                    failures.Add($"{operation} {error.Status}: expected {expectedType}, got {apiException.GetType().FullName}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCount > 0, $"{key}: no error response has an example to check");
    }

    private static (HttpStatusCode Status, string? Body, string ContentType) SuccessResponse(SpecOperation operation)
    {
        var success = operation.Success;
        if (success is null || success.Status == "204")
        {
            return (HttpStatusCode.NoContent, null, "application/json");
        }

        var status = success.Status == "2XX" ? HttpStatusCode.OK : (HttpStatusCode)int.Parse(success.Status, System.Globalization.CultureInfo.InvariantCulture);
        if (success.ContentType == "text/plain")
        {
            return (status, success.Example?.GetValue<string>() ?? "text", "text/plain");
        }

        return (status, success.Example?.ToJsonString() ?? (success.ContentType is null ? null : "{}"), "application/json");
    }

    private static IEnumerable<string> Check(SpecOperation operation, OperationCall call)
    {
        var request = call.Request;
        if (request.Method.Method != operation.Method.ToUpperInvariant())
        {
            yield return $"method {request.Method}";
        }

        if (request.Uri.AbsolutePath != call.ExpectedPath)
        {
            yield return $"path {request.Uri.AbsolutePath}, expected {call.ExpectedPath}";
        }

        var actualQuery = request.Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).Order(StringComparer.Ordinal).ToList();
        var expectedQuery = call.ExpectedQuery.Order(StringComparer.Ordinal).ToList();
        var queryMatches = actualQuery.Count == expectedQuery.Count && expectedQuery.Zip(actualQuery).All(p => p.First.EndsWith("=*", StringComparison.Ordinal) ? p.Second.StartsWith(p.First[..^1], StringComparison.Ordinal) : p.First == p.Second);
        if (!queryMatches)
        {
            yield return $"query [{string.Join("&", actualQuery)}], expected [{string.Join("&", expectedQuery)}]";
        }

        if (operation.RequestExample is { } example)
        {
            if (request.ContentType != "application/json")
            {
                yield return $"content type {request.ContentType}";
            }

            if (JsonEquivalence.FindDifference(example, request.Body is null ? null : JsonNode.Parse(request.Body)) is { } difference)
            {
                yield return "body " + difference;
            }
        }

        if (call.Error is not null)
        {
            yield return "threw " + call.Error.GetType().Name + ": " + call.Error.Message;
        }
        else if (operation.Success?.Example is not null && call.Result is null)
        {
            yield return "returned null although the response had a body";
        }
    }
}
