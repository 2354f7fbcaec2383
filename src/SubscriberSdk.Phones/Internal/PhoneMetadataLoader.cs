using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace SubscriberSdk.Phones.Internal;

/// <summary>
/// Reads the metadata resource written by scripts/phones/convert-metadata.mjs: Brotli-compressed
/// JSON with one entry per territory.
/// </summary>
internal static class PhoneMetadataLoader
{
    internal const string ResourceName = "SubscriberSdk.Phones.phone-metadata.json.br";
    private const int SupportedFormat = 1;

    // Indexed like PhoneNumberType, whose first ten members mirror the metadata's type list.
    private static readonly string[] TypeNames =
    [
        "fixedLine", "mobile", "tollFree", "premiumRate", "personalNumber",
        "voicemail", "uan", "pager", "voip", "sharedCost",
    ];

    public static PhoneMetadata LoadEmbedded()
    {
        var assembly = typeof(PhoneMetadataLoader).Assembly;
        using var resource = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The phone metadata resource '{ResourceName}' is missing from {assembly.GetName().Name}.");
        return Load(resource);
    }

    public static PhoneMetadata Load(Stream brotliJson)
    {
        try
        {
            return LoadCore(brotliJson);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException
            or FormatException or InvalidDataException)
        {
            throw new InvalidDataException(
                $"The phone metadata resource is corrupt or not in the expected shape ({exception.Message}); regenerate it with scripts/phones/refresh-metadata.sh.",
                exception);
        }
    }

    private static PhoneMetadata LoadCore(Stream brotliJson)
    {
        using var json = new BrotliStream(brotliJson, CompressionMode.Decompress, leaveOpen: true);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var format = root.GetProperty("format").GetInt32();
        if (format != SupportedFormat)
        {
            throw new InvalidDataException(
                $"Phone metadata format {format} is not supported (expected {SupportedFormat}); regenerate it with scripts/phones/refresh-metadata.sh.");
        }

        var context = new MetadataReadContext();
        var territories = root.GetProperty("territories").EnumerateArray()
            .Select(element => ReadTerritory(element, context))
            .ToList();
        return new PhoneMetadata(root.GetProperty("source").GetString() ?? "unknown", territories);
    }

    private static Territory ReadTerritory(JsonElement element, MetadataReadContext context)
    {
        var countryCodeText = context.Intern(element.GetProperty("cc").GetString()!);
        var countryCode = int.Parse(countryCodeText, NumberStyles.None, CultureInfo.InvariantCulture);
        var lengths = ReadLengths(element.GetProperty("len"));
        var typesElement = element.GetProperty("types");
        var types = new NumberTypeRule?[TypeNames.Length];
        for (var i = 0; i < TypeNames.Length; i++)
        {
            if (typesElement.TryGetProperty(TypeNames[i], out var type))
            {
                var typeLengths = type.TryGetProperty("len", out var len) ? ReadLengths(len) : lengths;
                types[i] = new NumberTypeRule(RequiredPattern(type, "p", PatternAnchoring.Entire, context), typeLengths);
            }
        }

        return new Territory
        {
            RegionCode = context.Intern(element.GetProperty("id").GetString()!),
            CountryCode = countryCode,
            CountryCodeText = countryCodeText,
            IsMainForCountryCode = context.IsFirstOfCountryCode(countryCode),
            InternationalPrefix = OptionalPattern(element, "idd", PatternAnchoring.Prefix, context),
            GeneralPattern = RequiredPattern(element, "p", PatternAnchoring.Entire, context),
            Lengths = lengths,
            NationalPrefix = OptionalString(element, "np", context),
            NationalPrefixForParsing = OptionalPattern(element, "npp", PatternAnchoring.Prefix, context),
            NationalPrefixTransformRule = OptionalString(element, "npt", context),
            LeadingDigits = OptionalPattern(element, "ld", PatternAnchoring.Prefix, context),
            Formats = [.. element.GetProperty("formats").EnumerateArray().Select(f => ReadFormat(f, context))],
            Types = types,
        };
    }

    private static NumberFormatRule ReadFormat(JsonElement element, MetadataReadContext context)
    {
        var format = element.GetProperty("f").GetString()!;
        var nationalPrefixRule = OptionalString(element, "npr", context);
        return new NumberFormatRule(
            RequiredPattern(element, "p", PatternAnchoring.Entire, context),
            OptionalPattern(element, "ld", PatternAnchoring.Prefix, context),
            context.Intern(FoldNationalPrefixRule(format, nationalPrefixRule)),
            OptionalString(element, "i", context) ?? context.Intern(format));
    }

    private static PossibleLengths ReadLengths(JsonElement array) =>
        PossibleLengths.From(array.EnumerateArray().Select(e => e.GetInt32()));

    // National format writes the format's first group reference through the prefix rule ("0${1}",
    // "(${1})"). The rule's ${1} stands for that reference, which need not be group 1: Argentina
    // formats "${2} 15-${3}-${4}" and its rule turns ${2} into "0${2}".
    private static string FoldNationalPrefixRule(string format, string? rule)
    {
        var first = format.IndexOf("${", StringComparison.Ordinal);
        if (rule is null || first < 0)
        {
            return format;
        }

        var end = format.IndexOf('}', first);
        var firstGroup = format[first..(end + 1)];
        return string.Concat(format.AsSpan(0, first), rule.Replace("${1}", firstGroup, StringComparison.Ordinal), format.AsSpan(end + 1));
    }

    private static MetadataPattern RequiredPattern(JsonElement element, string name, PatternAnchoring anchoring, MetadataReadContext context) =>
        OptionalPattern(element, name, anchoring, context)
        ?? throw new InvalidDataException($"Phone metadata entry lacks the required pattern '{name}'.");

    private static MetadataPattern? OptionalPattern(JsonElement element, string name, PatternAnchoring anchoring, MetadataReadContext context)
    {
        var source = OptionalString(element, name, context);
        return source is null ? null : context.Pattern(source, anchoring);
    }

    private static string? OptionalString(JsonElement element, string name, MetadataReadContext context) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? context.Intern(value.GetString()!)
            : null;
}
