namespace SubscriberSdk.Generator.Writing;

/// <summary>One output file: its path relative to the client's output folder and its exact content.</summary>
internal sealed record GeneratedFile(string RelativePath, string Content);
