namespace Contract.Tests.Fuzz;

/// <summary>What a generated request is: valid, or invalid in one of the ways the issue lists.</summary>
public enum FuzzCaseKind
{
    Valid,
    WrongType,
    MissingRequired,
    OutOfRange,
    ExtraField,
    HugeString,
    DeepNesting,
    InvalidUtf8,
    LoneSurrogate,
    WrongRootType,
    MalformedJson,
    OversizedBody,
    BadChunkFraming,
}
