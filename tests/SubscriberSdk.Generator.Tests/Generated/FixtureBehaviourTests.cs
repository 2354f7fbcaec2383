using System.Net;
using Microsoft.Kiota.Abstractions;
using SubscriberSdk.Generator.Tests.FixtureClient;
using SubscriberSdk.Generator.Tests.FixtureClient.Models;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Generated;

/// <summary>Behaviour of the compiled fixture client that the spec-driven tests cannot state precisely.</summary>
public sealed class FixtureBehaviourTests
{
    [Fact]
    public void DiscriminatorSelectsTheOneOfBranch()
    {
        var owner = (Owner)KiotaJson.Deserialize(typeof(Owner), """{"kind":"shelter","shelterId":"sh_1"}""", isCollection: false);

        Assert.Null(owner.PersonOwner);
        Assert.Equal("sh_1", owner.ShelterOwner?.ShelterId);
    }

    [Fact]
    public void WithoutDiscriminatorTheBranchWhoseRequiredPropertiesArePresentWins()
    {
        var phone = (Contact)KiotaJson.Deserialize(typeof(Contact), """{"channel":"sms","number":"+19148440001","country":"US"}""", isCollection: false);
        var email = (Contact)KiotaJson.Deserialize(typeof(Contact), """{"channel":"email","address":"ann@example.com"}""", isCollection: false);

        Assert.Equal("+19148440001", phone.PhoneContact?.Number);
        Assert.Null(phone.EmailContact);
        Assert.Equal("ann@example.com", email.EmailContact?.Address);
    }

    [Fact]
    public void UnknownPropertiesAndMapEntriesLandInAdditionalData()
    {
        var pet = (NewPet)KiotaJson.Deserialize(typeof(NewPet), """{"name":"Rex","kind":"GUINEA_PIG","attributes":{"color":"brown"},"extra":1}""", isCollection: false);

        Assert.Equal(PetKind.GuineaPig, pet.Kind);
        Assert.Equal("brown", pet.Attributes?.AdditionalData["color"]);
        Assert.True(pet.AdditionalData.ContainsKey("extra"));
    }

    [Fact]
    public async Task ErrorModelsAreApiExceptionsCarryingThePrimaryMessage()
    {
        var handler = new RecordingHandler(HttpStatusCode.BadRequest, """{"message":"name is required","code":"invalid","fields":[{"field":"name"}]}""");
        var client = new KitchenSinkApiClient(AdapterFactory.Create(handler));

        var error = await Assert.ThrowsAsync<ValidationProblem>(() => client.V1.Pets.PostAsync(new NewPet { Name = "x", Kind = PetKind.Dog }));

        Assert.Equal("name is required", error.Message);
        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("name", error.Fields?.Single().Field);
    }

    [Fact]
    public async Task CatchAllErrorMappingAppliesToUndocumentedStatuses()
    {
        var handler = new RecordingHandler(HttpStatusCode.Conflict, """{"message":"taken"}""");
        var client = new KitchenSinkApiClient(AdapterFactory.Create(handler));

        var error = await Assert.ThrowsAsync<Problem>(() => client.V1.Pets.PostAsync(new NewPet { Name = "x" }));

        Assert.Equal("taken", error.Message);
        Assert.IsAssignableFrom<ApiException>(error);
    }

    [Fact]
    public void ClientSetsTheServerUrlOnlyWhenTheAdapterHasNone()
    {
        var adapter = AdapterFactory.Create(new RecordingHandler(HttpStatusCode.NoContent, null));
        adapter.BaseUrl = null;

        _ = new KitchenSinkApiClient(adapter);

        Assert.Equal("https://api.example.com", adapter.BaseUrl);
    }

    [Fact]
    public void RequestInformationCarriesTemplateQueryAndHeaders()
    {
        var client = new KitchenSinkApiClient(AdapterFactory.Create(new RecordingHandler(HttpStatusCode.NoContent, null)));

        var info = client.V1.Pets.ToGetRequestInformation(c =>
        {
            c.QueryParameters.Kind = PetKind.GuineaPig;
            c.QueryParameters.Tags = ["a", "b"];
            c.Headers.Add(FixtureClient.V1.Pets.PetsRequestBuilder.PetsRequestBuilderPostHeaderNames.IdempotencyKey, "k1");
        });

        Assert.Equal(Method.GET, info.HttpMethod);
        Assert.Equal(AdapterFactory.BaseUrl + "/v1/pets?kind=GUINEA_PIG&tags=a&tags=b", info.URI.ToString());
        Assert.Contains("k1", info.Headers["Idempotency-Key"]);
    }
}
