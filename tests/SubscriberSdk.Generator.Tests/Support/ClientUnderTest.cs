using System.Reflection;
using SubscriberSdk.Generator.Output;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>A generated client together with its spec and the assembly it is compiled into.</summary>
internal sealed record ClientUnderTest(string Key, GeneratedClient Generated, Assembly Assembly, SpecReader Spec)
{
    /// <summary>The fixture plus the four provider clients, as xunit theory data.</summary>
    public static TheoryData<string> Keys => new(["kitchen-sink", .. KnownClients.All.Select(c => c.Key)]);

    public static ClientUnderTest Load(string key)
    {
        if (key == "kitchen-sink")
        {
            return new ClientUnderTest(key, KitchenSinkFixture.Generate(), typeof(ClientUnderTest).Assembly, new SpecReader(KitchenSinkFixture.SpecPath));
        }

        var definition = KnownClients.All.Single(c => c.Key == key);
        var specPath = Path.Combine(RepositoryPaths.Root, definition.SpecPath);
        return new ClientUnderTest(key, ClientGenerator.Generate(definition, specPath), Assembly.Load("SubscriberSdk"), new SpecReader(specPath));
    }

    public Type TypeOf(string globalName) =>
        Assembly.GetType(globalName.Replace("global::", string.Empty, StringComparison.Ordinal), throwOnError: true)!;
}
