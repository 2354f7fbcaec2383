using SubscriberSdk.Generator.Tests.Support;
using SubscriberSdk.Generator.Writing;

namespace SubscriberSdk.Generator.Tests.Writing;

/// <summary>The C# text follows Kiota's shape for each construct.</summary>
public sealed class GeneratedSourceTests
{
    private static readonly IReadOnlyDictionary<string, string> Files = KitchenSinkFixture.Generate().Files.ToDictionary(f => f.RelativePath, f => f.Content);

    [Fact]
    public void RootClientRegistersSerializersAndDefaultsTheBaseUrl()
    {
        var text = Files["KitchenSinkApiClient.cs"];

        Assert.Contains("public partial class KitchenSinkApiClient : BaseRequestBuilder", text, StringComparison.Ordinal);
        Assert.Contains("ApiClientBuilder.RegisterDefaultSerializer<JsonSerializationWriterFactory>();", text, StringComparison.Ordinal);
        Assert.Contains("ApiClientBuilder.RegisterDefaultDeserializer<TextParseNodeFactory>();", text, StringComparison.Ordinal);
        Assert.Contains("RequestAdapter.BaseUrl = \"https://api.example.com\";", text, StringComparison.Ordinal);
        Assert.Contains($"[global::System.CodeDom.Compiler.GeneratedCode(\"SubscriberSdk.Generator\", \"{GeneratorInfo.Version}\")]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionsAreSentWithSetContentFromParsableAndReadWithSendCollectionAsync()
    {
        var bulk = Files["V1/Pets/Bulk/BulkRequestBuilder.cs"];
        var pets = Files["V1/Pets/PetsRequestBuilder.cs"];

        Assert.Contains("PostAsync(List<global::SubscriberSdk.Generator.Tests.FixtureClient.Models.NewPet> body", bulk, StringComparison.Ordinal);
        Assert.Contains("requestInfo.SetContentFromParsable(RequestAdapter, \"application/json\", body);", bulk, StringComparison.Ordinal);
        Assert.Contains("RequestAdapter.SendCollectionAsync<global::SubscriberSdk.Generator.Tests.FixtureClient.Models.Pet>", pets, StringComparison.Ordinal);
        Assert.Contains("[QueryParameter(\"include%2Darchived\")]", pets, StringComparison.Ordinal);
        Assert.Contains("public string[]? Tags { get; set; }", pets, StringComparison.Ordinal);
        Assert.Contains("{ \"4XX\", global::SubscriberSdk.Generator.Tests.FixtureClient.Models.Problem.CreateFromDiscriminatorValue },", pets, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemBuilderHasPrimitiveNoContentAndDeprecatedOperations()
    {
        var item = Files["V1/Pets/Item/PetsItemRequestBuilder.cs"];
        var pets = Files["V1/Pets/PetsRequestBuilder.cs"];
        var name = Files["V1/Pets/Item/Name/NameRequestBuilder.cs"];

        Assert.Contains("public global::SubscriberSdk.Generator.Tests.FixtureClient.V1.Pets.Item.PetsItemRequestBuilder this[long position]", pets, StringComparison.Ordinal);
        Assert.Contains("urlTplParams.Add(\"petId\", position);", pets, StringComparison.Ordinal);
        Assert.Contains("await RequestAdapter.SendNoContentAsync(requestInfo, errorMapping, cancellationToken)", item, StringComparison.Ordinal);
        Assert.Contains("[Obsolete(", item, StringComparison.Ordinal);
        Assert.Contains("RequestAdapter.SendPrimitiveAsync<string>(requestInfo, default, cancellationToken)", name, StringComparison.Ordinal);
        Assert.Contains("requestInfo.Headers.TryAdd(\"Accept\", \"text/plain\");", name, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelsErrorsEnumsAndWrappersHaveTheirKiotaShapes()
    {
        Assert.Contains("public partial class NewPet : IAdditionalDataHolder, IParsable", Files["Models/NewPet.cs"], StringComparison.Ordinal);
        Assert.Contains("public partial class Pet : global::SubscriberSdk.Generator.Tests.FixtureClient.Models.NewPet, IParsable", Files["Models/Pet.cs"], StringComparison.Ordinal);
        Assert.Contains("return new Dictionary<string, Action<IParseNode>>(base.GetFieldDeserializers())", Files["Models/Pet.cs"], StringComparison.Ordinal);
        Assert.Contains("public partial class Problem : ApiException, IAdditionalDataHolder, IParsable", Files["Models/Problem.cs"], StringComparison.Ordinal);
        Assert.Contains("public override string Message { get => MessageEscaped ?? string.Empty; }", Files["Models/Problem.cs"], StringComparison.Ordinal);
        Assert.Contains("[EnumMember(Value = \"GUINEA_PIG\")]", Files["Models/PetKind.cs"], StringComparison.Ordinal);
        Assert.Contains("public partial class Owner : IComposedTypeWrapper, IParsable", Files["Models/Owner.cs"], StringComparison.Ordinal);
        Assert.Contains("parseNode.GetChildNode(\"kind\")?.GetStringValue()", Files["Models/Owner.cs"], StringComparison.Ordinal);
        Assert.Contains("writer.WriteAdditionalData(AdditionalData);", Files["Models/NewPetAttributes.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPublicMemberHasADocComment()
    {
        foreach (var (path, text) in Files)
        {
            var lines = text.Split('\n');
            for (var index = 1; index < lines.Length; index++)
            {
                var line = lines[index].TrimStart();
                if (line.StartsWith("public ", StringComparison.Ordinal))
                {
                    var previous = lines[..index].Reverse().Select(l => l.TrimStart()).First(l => !l.StartsWith('[') && !l.StartsWith("#", StringComparison.Ordinal));
                    Assert.True(previous.StartsWith("///", StringComparison.Ordinal), $"{path}:{index + 1} '{line}' has no doc comment");
                }
            }
        }
    }
}
