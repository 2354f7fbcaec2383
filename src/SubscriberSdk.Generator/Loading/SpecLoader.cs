using System.Text;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace SubscriberSdk.Generator.Loading;

/// <summary>
/// Loads a document twice on purpose: Microsoft.OpenApi validates it against the OpenAPI rules,
/// and the raw JSON tree drives generation so every message can carry an exact JSON pointer.
/// </summary>
internal static class SpecLoader
{
    public static SpecDocument Load(string path, string displayName)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new SpecException(displayName, string.Empty, "file", $"cannot be read: {ex.Message}");
        }

        return Parse(bytes, displayName);
    }

    public static SpecDocument Parse(byte[] bytes, string displayName)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw new SpecException(displayName, string.Empty, "JSON", $"invalid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {FirstSentence(ex.Message)}");
        }

        var document = new SpecDocument(displayName, bytes, json);
        var version = document.Root.GetString("openapi");
        if (version is null || !version.StartsWith("3.0.", StringComparison.Ordinal))
        {
            throw new SpecException(displayName, "/openapi", "openapi version", $"expected an OpenAPI 3.0.x document, found '{version ?? "(missing)"}'");
        }

        ConstructValidator.Validate(document);
        var diagnostics = Validate(bytes);
        if (diagnostics.Errors.Count > 0)
        {
            var first = diagnostics.Errors[0];
            throw new SpecException(displayName, first.Pointer?.TrimStart('#') ?? string.Empty, "OpenAPI validation", $"{diagnostics.Errors.Count} error(s); first: {first.Message}");
        }

        return document;
    }

    /// <summary>Runs the Microsoft.OpenApi reader and rule set; used by the generator and by the spec tests.</summary>
    public static OpenApiDiagnostic Validate(byte[] bytes)
    {
        var settings = new OpenApiReaderSettings();
        using var stream = new MemoryStream(bytes, writable: false);
        var result = OpenApiDocument.Load(stream, "json", settings);
        return result.Diagnostic ?? new OpenApiDiagnostic();
    }

    public static string Describe(OpenApiError error) => $"{error.Pointer}: {error.Message}";

    private static string FirstSentence(string message)
    {
        var builder = new StringBuilder(message);
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? builder.ToString(0, end + 1) : message;
    }
}
