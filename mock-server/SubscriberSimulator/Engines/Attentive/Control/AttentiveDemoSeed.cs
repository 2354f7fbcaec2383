namespace SubscriberSimulator.Engines.Attentive.Control;

/// <summary>The <c>--seed demo</c> company: fixed tokens and sign-up units so README examples work as written.</summary>
internal static class AttentiveDemoSeed
{
    public const string CompanyId = "demo-company";
    public const string Token = "attentive-demo-token";
    public const string ReadOnlyToken = "attentive-demo-readonly";
    public const string MarketingUnit = "357276";
    public const string TransactionalUnit = "357280";
    public const string FrenchMarketingUnit = "357290";
    public const string PopupUnit = "241654";
    public const string AgeGroupAttribute = "Age group";

    /// <summary>Attentive's own example of a UI-defined attribute with enumerated values.</summary>
    public static readonly string[] AgeGroups = ["Adult", "Teen", "Children's"];

    public static IReadOnlyList<string> Seed(AttentiveEngine engine)
    {
        if (!engine.HasCompany(CompanyId))
        {
            engine.CreateCompany(new AttentiveCompanyDefinition(CompanyId, "Demo Store", "demostore.attn.tv", "Demo Private App", "developer@demostore.example"));
            engine.AddToken(CompanyId, AttentiveScopes.All, Token);
            engine.AddToken(CompanyId, [AttentiveScopes.SubscriptionsRead], ReadOnlyToken);
            engine.AddSignUpUnit(CompanyId, new AttentiveSignUpUnit(MarketingUnit, AttentiveSubscriptionType.Marketing));
            engine.AddSignUpUnit(CompanyId, new AttentiveSignUpUnit(TransactionalUnit, AttentiveSubscriptionType.Transactional));
            engine.AddSignUpUnit(CompanyId, new AttentiveSignUpUnit(FrenchMarketingUnit, AttentiveSubscriptionType.Marketing, "fr", "CA"));
            engine.AddSignUpUnit(CompanyId, new AttentiveSignUpUnit(PopupUnit, AttentiveSubscriptionType.Marketing, IsApi: false));
            engine.DefineCustomAttribute(CompanyId, AgeGroupAttribute, AgeGroups);
        }

        return
        [
            $"base path /attentive/v1, company {CompanyId} (controls: /__sim/attentive/tenants/{CompanyId})",
            $"  Authorization: Bearer {Token}   ({string.Join(", ", AttentiveScopes.All)})",
            $"  Authorization: Bearer {ReadOnlyToken}   (subscriptions:read only: every write gets 403)",
            $"  API sign-up units: {MarketingUnit} MARKETING en-US, {TransactionalUnit} TRANSACTIONAL en-US, {FrenchMarketingUnit} MARKETING fr-CA; {PopupUnit} is a non-API unit",
            $"  custom attribute '{AgeGroupAttribute}' accepts only: {string.Join(", ", AgeGroups)}",
        ];
    }
}
