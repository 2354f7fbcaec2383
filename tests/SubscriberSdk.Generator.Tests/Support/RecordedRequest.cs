namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>What the recording handler saw.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? ContentType, string? Body, IReadOnlyDictionary<string, string> Headers);
