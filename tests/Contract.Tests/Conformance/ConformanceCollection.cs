namespace Contract.Tests.Conformance;

/// <summary>The conformance classes share one simulator (or none, against sandboxes).</summary>
[CollectionDefinition(Name)]
public sealed class ConformanceCollection : ICollectionFixture<ConformanceEnvironment>
{
    public const string Name = "Conformance";
}
