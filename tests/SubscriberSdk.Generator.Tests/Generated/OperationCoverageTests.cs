using System.Reflection;
using SubscriberSdk.Generator.Naming;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Generated;

/// <summary>Walks each spec and finds, by reflection over the compiled client, a builder and methods for every operation.</summary>
public sealed class OperationCoverageTests
{
    public static TheoryData<string> Clients => ClientUnderTest.Keys;

    [Theory]
    [MemberData(nameof(Clients))]
    public void EveryOperationHasItsRequestBuilderAndMethods(string key)
    {
        var client = ClientUnderTest.Load(key);
        var rootType = client.Assembly.GetType(client.Generated.Definition.Namespace + "." + client.Generated.Definition.ClassName);
        Assert.NotNull(rootType);
        var missing = new List<string>();
        foreach (var operation in client.Spec.Operations())
        {
            var builderType = Navigate(rootType, operation.Path);
            var verb = char.ToUpperInvariant(operation.Method[0]) + operation.Method[1..];
            if (builderType is null)
            {
                missing.Add($"{operation}: no request builder");
            }
            else if (builderType.GetMethod(verb + "Async") is null || builderType.GetMethod("To" + verb + "RequestInformation") is null)
            {
                missing.Add($"{operation}: {builderType.Name} lacks {verb}Async or To{verb}RequestInformation");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static Type? Navigate(Type type, string path)
    {
        Type? current = type;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current is null)
            {
                return null;
            }

            current = segment.StartsWith('{') && segment.EndsWith('}')
                ? current.GetProperties().FirstOrDefault(p => p.GetIndexParameters().Length == 1)?.PropertyType
                : current.GetProperty(NameRules.ToPascalCase(segment), BindingFlags.Public | BindingFlags.Instance)?.PropertyType;
        }

        return current;
    }
}
