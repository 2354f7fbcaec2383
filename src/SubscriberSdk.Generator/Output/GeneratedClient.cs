using SubscriberSdk.Generator.CodeModel;
using SubscriberSdk.Generator.Writing;

namespace SubscriberSdk.Generator.Output;

/// <summary>A client generated in memory: its definition, code model, files and the spec hash.</summary>
internal sealed record GeneratedClient(ClientDefinition Definition, ClientModel Model, IReadOnlyList<GeneratedFile> Files, string DescriptionHash);
