namespace Contract.Tests.Fuzz;

/// <summary>A case that broke an expectation, with everything needed to reproduce it.</summary>
public sealed record FuzzFailure(string Operation, int CaseIndex, FuzzCaseKind Kind, string Method, string PathAndQuery, int Status, string Problem, string Detail, string Body)
{
    public override string ToString() =>
        $"{Operation} case #{CaseIndex} {Kind} ({Detail}): {Method} {PathAndQuery} -> {Status}: {Problem}\n    body: {Body}";
}
