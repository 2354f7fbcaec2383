namespace Contract.Tests.Fuzz;

/// <summary>What was tried against one operation.</summary>
public sealed class FuzzOperationStats(string operation)
{
    public string Operation { get; } = operation;

    public int Valid { get; set; }

    public int Invalid { get; set; }

    /// <summary>Mutations the spec would still accept (so not counted as invalid) or that did not apply to the body.</summary>
    public int NotApplicable { get; set; }

    public SortedDictionary<int, int> Statuses { get; } = [];

    public int Tried => Valid + Invalid;

    /// <summary>Why valid (schema-conforming) requests were refused: business rules the schema cannot express.</summary>
    public Dictionary<string, int> ValidRefusals { get; } = [];

    public override string ToString() =>
        $"{Operation}: {Tried} cases ({Valid} valid, {Invalid} invalid, {NotApplicable} mutations not applicable); statuses "
        + string.Join(", ", Statuses.Select(s => $"{s.Key}x{s.Value}"))
        + (ValidRefusals.Count == 0 ? string.Empty : "; valid refused most for: " + string.Join(" | ", ValidRefusals.OrderByDescending(r => r.Value).Take(2).Select(r => $"{r.Value}x {r.Key}")));
}
