namespace SubscriberSimulator.Engines.Essential.Control;

/// <summary>
/// The demo tenant for <c>--seed demo</c>, with fixed SIDs so the README's curl examples work:
/// one channel with its number and a short code, a tag, a default and a tagged welcome series, a
/// workflow, a sent and a draft campaign, and two numbers that cannot receive messages.
/// </summary>
internal static class EssentialDemoSeed
{
    public const string AccountSid = "essentialDemoAccount01";
    public const string AuthToken = "demo-token-essential";
    public const string ChannelSid = "essentialDemoChannel01";
    public const string VipTagSid = "essentialDemoTagVip001";
    public const string WorkflowSid = "essentialDemoWorkflow1";
    public const string TransportNumber = "+12065550100";
    public const string ShortCodeTransportSid = "essentialDemoShortCode";
    public const string ShortCode = "55555";
    public const string SentCampaignSid = "essentialDemoCampaign1";
    public const string LandlineNumber = "2025550100";
    public const string UnreachableNumber = "2025550199";

    public static IReadOnlyList<string> Seed(EssentialEngine engine)
    {
        if (!engine.HasAccount(AccountSid))
        {
            engine.CreateAccount(AccountSid, AuthToken);
            engine.AddChannel(AccountSid, new EssentialChannelDefinition { Sid = ChannelSid, Name = "Demo channel", TransportEndpoint = TransportNumber });
            engine.AddTransport(AccountSid, ChannelSid, new EssentialTransportDefinition { Sid = ShortCodeTransportSid, Endpoint = ShortCode });
            engine.AddTag(AccountSid, ChannelSid, "VIP customers", VipTagSid);
            engine.AddCampaign(AccountSid, ChannelSid, new EssentialCampaignDefinition
            {
                Sid = SentCampaignSid,
                Name = "VIP early access",
                Body = "Doors open at 9 tomorrow: show this text for early entry.",
                TagSids = [VipTagSid],
                Delivered = 11,
            });
            engine.AddCampaign(AccountSid, ChannelSid, new EssentialCampaignDefinition
            {
                Name = "Spring sale",
                Status = "draft",
                Body = "Spring sale: 20% off this weekend.",
            });
            engine.AddWelcomeSeries(AccountSid, ChannelSid, new EssentialWelcomeSeriesDefinition
            {
                Name = "Default welcome",
                Position = 0,
                ItemBodies = ["Welcome to the demo channel!", "Reply STOP at any time to opt out."],
            });
            engine.AddWelcomeSeries(AccountSid, ChannelSid, new EssentialWelcomeSeriesDefinition
            {
                Name = "VIP welcome",
                Position = 1,
                TagSids = [VipTagSid],
                ItemBodies = ["Welcome, VIP!", "Your perks start today."],
            });
            engine.AddWorkflow(AccountSid, new EssentialWorkflowDefinition
            {
                Sid = WorkflowSid,
                Name = "Welcome journey",
                MaxSubscriberExecutions = 1,
            });
            engine.SeedCarrier(AccountSid, LandlineNumber, EssentialCarrierKind.Landline);
            engine.SeedCarrier(AccountSid, UnreachableNumber, EssentialCarrierKind.Unreachable);
        }

        return
        [
            $"base path /essential/v2, Basic auth {AccountSid}:{AuthToken}",
            $"channel {ChannelSid} (number {TransportNumber}, short code {ShortCode}), tag {VipTagSid} (VIP series), workflow {WorkflowSid}",
            $"campaigns: {SentCampaignSid} (sent to the VIP tag) and a draft",
            $"{LandlineNumber} is a landline and {UnreachableNumber} unreachable (both 412)",
        ];
    }
}
