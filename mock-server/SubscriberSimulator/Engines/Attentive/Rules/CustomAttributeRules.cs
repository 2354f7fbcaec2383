using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Custom attribute names and values: names of at most 200 characters; a name created in
/// Attentive's UI with enumerated values takes only those; a new name is created with the type its
/// first value fixes ("24" makes a Number). A later value of another type is stored as given
/// (the spec's Decision: Attentive documents no error for it).
/// </summary>
internal static class CustomAttributeRules
{
    public const int MaxNameLength = 200;

    /// <summary>The v2 user calls' limit of custom attribute names per company (v1 has none).</summary>
    public const int MaxNamesPerCompanyV2 = 100;

    /// <summary>Checks the values and stages the names they create; <paramref name="maxNames"/> null means no limit.</summary>
    /// <param name="path">The field the values came from, for messages ("properties", "attributes.custom").</param>
    public static void CheckAndCreateNames(StagedCustomAttributes names, IReadOnlyList<KeyValuePair<string, AttributeValue>> values, string path, int? maxNames)
    {
        foreach (var (name, value) in values)
        {
            CheckName(name, path);
            if (names.Find(name) is { } definition)
            {
                if (!definition.Accepts(value))
                {
                    throw RequestRefusedException.BadRequest(
                        $"{path}.{name} accepts only the values defined for it in Attentive ({string.Join(", ", definition.AllowedValues!)}); nothing was stored.");
                }
            }
            else
            {
                names.Create(new CustomAttributeDefinition(name, TypeFixedBy(value), null));
            }
        }

        if (maxNames is { } max && names.Count > max)
        {
            throw RequestRefusedException.BadRequest(
                $"{path}: a company can have at most {max} custom attribute names; this request would make {names.Count}. Nothing was stored.");
        }
    }

    /// <summary>
    /// A name as Attentive's UI creates it (the controls and the C# API): with enumerated values it
    /// takes only those; without, any value. A name the company already has is a 409.
    /// </summary>
    public static CustomAttributeDefinition Define(UnitOfWork<AttentiveCompany> work, string name, IReadOnlyList<string>? values)
    {
        CheckName(name, "name");
        if (values is { Count: 0 } || values?.Any(string.IsNullOrEmpty) == true)
        {
            throw RequestRefusedException.BadRequest("values must hold at least one non-empty value; leave it out to accept any value.");
        }

        var names = work.Tenant.CustomAttributes;
        if (names.ContainsKey(name))
        {
            throw RequestRefusedException.Conflict($"The company already has a custom attribute named '{name}'.");
        }

        var definition = new CustomAttributeDefinition(name, CustomAttributeType.Text, values?.Distinct(StringComparer.Ordinal).ToArray());
        work.OnCommit(() => names.Add(name, definition));
        return definition;
    }

    public static void CheckName(string name, string path)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw RequestRefusedException.BadRequest($"{path}: a custom attribute name must not be empty.");
        }

        if (name.Length > MaxNameLength)
        {
            throw RequestRefusedException.BadRequest($"{path}: custom attribute names hold at most {MaxNameLength} characters.");
        }
    }

    /// <summary>Numbers, and strings that read as numbers, make a Number; true and false a Boolean; anything else Text.</summary>
    public static CustomAttributeType TypeFixedBy(AttributeValue value) => value.Kind switch
    {
        AttributeValueKind.Number => CustomAttributeType.Number,
        AttributeValueKind.Boolean => CustomAttributeType.Boolean,
        _ when decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => CustomAttributeType.Number,
        _ when bool.TryParse(value.Text, out _) => CustomAttributeType.Boolean,
        _ => CustomAttributeType.Text,
    };
}
