namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>The outcome of one spec-driven call through the generated client.</summary>
internal sealed record OperationCall(RecordedRequest Request, object? Result, Exception? Error, string ExpectedPath, IReadOnlyList<string> ExpectedQuery);
