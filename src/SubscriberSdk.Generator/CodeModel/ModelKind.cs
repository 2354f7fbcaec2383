namespace SubscriberSdk.Generator.CodeModel;

/// <summary>The three shapes of model Kiota produces for C#.</summary>
internal enum ModelKind
{
    /// <summary>An object (also a map: an object with only additional data).</summary>
    Object,

    /// <summary>A oneOf wrapper implementing IComposedTypeWrapper.</summary>
    OneOfWrapper,
}
