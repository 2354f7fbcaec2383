namespace SubscriberSdk.Sequenzy;

/// <summary>Colours a Sequenzy tag definition can have.</summary>
public enum SequenzyTagColor
{
    /// <summary><c>gray</c>.</summary>
    Gray,

    /// <summary><c>red</c>.</summary>
    Red,

    /// <summary><c>orange</c>.</summary>
    Orange,

    /// <summary><c>amber</c>.</summary>
    Amber,

    /// <summary><c>yellow</c>.</summary>
    Yellow,

    /// <summary><c>lime</c>.</summary>
    Lime,

    /// <summary><c>green</c>.</summary>
    Green,

    /// <summary><c>emerald</c>.</summary>
    Emerald,

    /// <summary><c>teal</c>.</summary>
    Teal,

    /// <summary><c>cyan</c>.</summary>
    Cyan,

    /// <summary><c>sky</c>.</summary>
    Sky,

    /// <summary><c>blue</c>.</summary>
    Blue,

    /// <summary><c>indigo</c>.</summary>
    Indigo,

    /// <summary><c>violet</c>.</summary>
    Violet,

    /// <summary><c>purple</c>.</summary>
    Purple,

    /// <summary><c>fuchsia</c>.</summary>
    Fuchsia,

    /// <summary><c>pink</c>.</summary>
    Pink,

    /// <summary><c>rose</c>.</summary>
    Rose,
}
