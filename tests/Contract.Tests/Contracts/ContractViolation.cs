namespace Contract.Tests.Contracts;

/// <summary>
/// One way a request or response broke the spec. <see cref="Path"/> is a JSON path into the body
/// ("$" for the whole body), so the report names the violating field.
/// </summary>
public sealed record ContractViolation(string Operation, string Location, string Path, string Message)
{
    public override string ToString() => $"{Operation} {Location} {Path}: {Message}";
}
