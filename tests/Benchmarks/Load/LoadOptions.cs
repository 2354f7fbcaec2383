namespace Benchmarks.Load;

/// <summary>The load driver's settings, parsed from the command line.</summary>
internal sealed record LoadOptions
{
    public required string Scenario { get; init; }

    public double Seconds { get; init; } = 10;

    public double WarmupSeconds { get; init; } = 2;

    public int Connections { get; init; } = 64;

    /// <summary>Measured rounds of a comparison (essential-vs-static): each round measures both sides back to back.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Store size for the "scale" scenario; records for "bulk-engine".</summary>
    public int Count { get; init; } = 1_000_000;

    /// <summary>For "bulk-engine": run the simulator as the standalone tool in its own process instead of in this one.</summary>
    public bool SimulatorInOwnProcess { get; init; }

    /// <summary>When set, the result table is appended to this Markdown file as well.</summary>
    public string? MarkdownFile { get; init; }
}
