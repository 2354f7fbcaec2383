namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>The type the first value of a custom attribute fixes ("24" makes a Number, as Attentive documents).</summary>
internal enum CustomAttributeType : byte
{
    Text,
    Number,
    Boolean,
}
