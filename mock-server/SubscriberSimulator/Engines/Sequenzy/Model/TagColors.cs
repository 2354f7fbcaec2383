namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>The colours a tag definition may have (Sequenzy's palette); gray by default.</summary>
internal static class TagColors
{
    public const string Default = "gray";

    public static readonly string[] All =
    [
        "gray", "red", "orange", "amber", "yellow", "lime", "green", "emerald", "teal",
        "cyan", "sky", "blue", "indigo", "violet", "purple", "fuchsia", "pink", "rose",
    ];

    public static bool IsKnown(string color) => Array.IndexOf(All, color) >= 0;
}
