namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>The JSON type an attribute value arrived as (Attentive takes only these three).</summary>
internal enum AttributeValueKind : byte
{
    String,
    Number,
    Boolean,
}
