using SubscriberSdk.Generator.CodeModel;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Building;

/// <summary>The code model built from the kitchen-sink fixture: every construct lands where Kiota puts it.</summary>
public sealed class ClientModelBuilderTests
{
    private static readonly ClientModel Model = KitchenSinkFixture.Generate().Model;

    [Fact]
    public void RootTakesTheBaseUrlFromTheFirstServer()
    {
        Assert.Equal("https://api.example.com", Model.BaseUrl);
        Assert.Equal(KitchenSinkFixture.Namespace, Model.Root.Namespace);
    }

    [Fact]
    public void QueryParametersAreListedInTheUrlTemplateWithEncodedNamesAndExplodedArrays()
    {
        var pets = Model.Root.FindNode("/v1/pets");

        Assert.Equal("{+baseurl}/v1/pets{?kind,limit,tags*,include%2Darchived}", pets.UrlTemplate);
        Assert.Equal(["Get", "Post"], pets.Operations.Select(o => o.Verb));
    }

    [Fact]
    public void PathParameterSegmentsBecomeItemBuildersWithTypedIndexers()
    {
        var item = Model.Root.FindNode("/v1/pets/{petId}");
        var owner = Model.Root.FindNode("/v1/owners/{owner-id}");

        Assert.Equal("PetsItemRequestBuilder", item.ClassName);
        Assert.Equal(KitchenSinkFixture.Namespace + ".V1.Pets.Item", item.Namespace);
        Assert.Equal("long", item.ItemParameter!.Type.Name);
        Assert.Equal("{+baseurl}/v1/owners/{owner%2Did}", owner.UrlTemplate);
    }

    [Fact]
    public void ErrorResponsesMapByStatusRangeAndDefault()
    {
        var create = Model.Root.FindOperation("createPet");
        var list = Model.Root.FindOperation("listPets");

        Assert.Equal(["400", "XXX"], create.ErrorMappings.Select(m => m.StatusKey));
        Assert.Equal(["4XX"], list.ErrorMappings.Select(m => m.StatusKey));
        Assert.EndsWith(".ValidationProblem", create.ErrorMappings[0].TypeName, StringComparison.Ordinal);
    }

    [Fact]
    public void BodiesAndResponsesUseCollectionsPrimitivesAndNoContent()
    {
        Assert.True(Model.Root.FindOperation("importPets").RequestBody!.Type.IsCollection);
        Assert.True(Model.Root.FindOperation("listPets").Response!.Type.IsCollection);
        Assert.Equal("string", Model.Root.FindOperation("getPetName").Response!.Type.Name);
        Assert.Equal("text/plain", Model.Root.FindOperation("getPetName").Response!.ContentType);
        Assert.Null(Model.Root.FindOperation("deletePet").Response);
        Assert.True(Model.Root.FindOperation("updatePet").Deprecated);
        Assert.Equal(["IdempotencyKey"], Model.Root.FindOperation("createPet").HeaderParameters.Select(h => h.Name));
    }

    [Fact]
    public void AllOfInheritsFromTheReferencedModelExceptForErrorsWhichAreFlattened()
    {
        var pet = Model.Models.Single(m => m.Name == "Pet");
        var validation = Model.Models.Single(m => m.Name == "ValidationProblem");

        Assert.EndsWith(".NewPet", pet.BaseTypeName, StringComparison.Ordinal);
        Assert.DoesNotContain(pet.Properties, p => p.JsonName == "name");
        Assert.Null(validation.BaseTypeName);
        Assert.True(validation.IsError);
        Assert.Equal(["Code", "Fields", "MessageEscaped"], validation.Properties.Select(p => p.Name));
        Assert.Equal("MessageEscaped", validation.PrimaryErrorMessageProperty);
    }

    [Fact]
    public void OneOfBecomesAWrapperWithDiscriminatorValuesOrRequiredProperties()
    {
        var owner = Model.Models.Single(m => m.Name == "Owner");
        var contact = Model.Models.Single(m => m.Name == "Contact");

        Assert.Equal(ModelKind.OneOfWrapper, owner.Kind);
        Assert.Equal("kind", owner.DiscriminatorProperty);
        Assert.Equal(["person"], owner.Members.Single(m => m.PropertyName == "PersonOwner").DiscriminatorValues);
        Assert.Null(contact.DiscriminatorProperty);
        Assert.Equal(["channel", "number", "country"], contact.Members.Single(m => m.PropertyName == "PhoneContact").RequiredJsonNames);
    }

    [Fact]
    public void EnumsMapsAndInlineSchemasAreNamedAfterTheirOwner()
    {
        var kind = Model.Enums.Single(e => e.Name == "PetKind");

        Assert.Equal(["Dog", "Cat", "GuineaPig"], kind.Members.Select(m => m.Name));
        Assert.Equal("GUINEA_PIG", kind.Members[2].Value);
        Assert.Contains(Model.Enums, e => e.Name == "PetStatus");
        Assert.True(Model.Models.Single(m => m.Name == "NewPetAttributes").IsMap);
        Assert.Equal("List<global::SubscriberSdk.Generator.Tests.FixtureClient.Models.NewPet>", Model.SchemaTypes["NewPetList"]);
    }
}
