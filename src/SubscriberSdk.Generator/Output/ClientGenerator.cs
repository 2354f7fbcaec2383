using System.Security.Cryptography;
using SubscriberSdk.Generator.Building;
using SubscriberSdk.Generator.Loading;
using SubscriberSdk.Generator.Writing;

namespace SubscriberSdk.Generator.Output;

/// <summary>Generates one client entirely in memory, so a failure leaves nothing half-written.</summary>
internal static class ClientGenerator
{
    public static GeneratedClient Generate(ClientDefinition definition, string specFullPath)
    {
        var document = SpecLoader.Load(specFullPath, definition.SpecPath);
        var model = ClientModelBuilder.Build(document, definition.Namespace, definition.ClassName);
        var files = ClientFileSet.Render(model);
        var hash = Convert.ToHexStringLower(SHA256.HashData(document.Bytes));
        return new GeneratedClient(definition, model, files, hash);
    }
}
