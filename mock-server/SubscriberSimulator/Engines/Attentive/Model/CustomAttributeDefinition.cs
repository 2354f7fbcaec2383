namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// A custom attribute name of a company: the type its first value fixed, and for a name created in
/// Attentive's UI with enumerated values, the only values it accepts (null: any value, as for
/// names the API created and the UI's "Custom input" properties).
/// </summary>
internal sealed record CustomAttributeDefinition(string Name, CustomAttributeType Type, IReadOnlyList<string>? AllowedValues)
{
    public bool Accepts(AttributeValue value) => AllowedValues is null || AllowedValues.Contains(value.Text, StringComparer.Ordinal);
}
